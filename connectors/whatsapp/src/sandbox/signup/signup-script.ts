/**
 * The consent page's script (plain browser JavaScript, inline: the page loads nothing else). It
 * reads the JSON in `#signup-config`, walks the five steps, calls the sandbox's own endpoints to
 * verify a new number and to finish, and at the end tells the opener (`WA_EMBEDDED_SIGNUP`) and
 * goes to the redirect URI with the code, or with `error=access_denied` when cancelled.
 */
export const signupScript = String.raw`
const config = JSON.parse(document.getElementById('signup-config').textContent);
const t = config.text;
const steps = ['LOGIN', 'BUSINESS_PORTFOLIO', 'WHATSAPP_BUSINESS_PROFILE', 'PERMISSIONS', 'DONE'];
const sections = steps.map((step) => document.querySelector('[data-step="' + step + '"]'));
const progress = [...document.querySelectorAll('.steps li')];
const $ = (id) => document.getElementById(id);
const errorBox = $('error');
const choice = { verificationId: undefined };
let current = 0;

function show(index) {
  sections.forEach((section, i) => { section.hidden = i !== index; });
  progress.forEach((item, i) => (i === index ? item.setAttribute('aria-current', 'step') : item.removeAttribute('aria-current')));
  current = index;
  errorBox.textContent = '';
  sections[index].querySelector('h2').focus();
}
const fail = (message) => { errorBox.textContent = message; };
const checked = (name) => document.querySelector('input[name="' + name + '"]:checked');

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: config.clientId, ...body }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || String(response.status));
  return json;
}

function radio(container, name, value, label, isChecked) {
  const wrapper = document.createElement('label');
  wrapper.className = 'choice';
  const input = document.createElement('input');
  Object.assign(input, { type: 'radio', name, value, checked: isChecked });
  wrapper.append(input, ' ' + label);
  container.append(wrapper);
}

function leave(url) {
  window.location.assign(url.toString());
}
function redirect(params) {
  const url = new URL(config.redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (config.state !== undefined) url.searchParams.set('state', config.state);
  return url;
}
const origin = new URL(config.redirectUri).origin;

document.querySelectorAll('[data-cancel]').forEach((button) =>
  button.addEventListener('click', () => {
    window.opener?.postMessage({ type: 'WA_EMBEDDED_SIGNUP', event: 'CANCEL', data: { current_step: steps[current] } }, origin);
    leave(redirect({ error: 'access_denied', error_description: t.cancelled }));
  }),
);
document.querySelectorAll('[data-back]').forEach((button) => button.addEventListener('click', () => show(current - 1)));

$('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!$('email').value.trim() || !$('password').value) return fail(t.loginMissing);
  show(1);
});

config.businesses.forEach((business, i) => radio($('business-options'), 'business', business.id, business.name, i === 0));
if (config.businesses.length === 0) document.querySelector('input[name="business"][value="new"]').checked = true;
const syncBusinessName = () => { $('business-name').disabled = checked('business').value !== 'new'; };
document.querySelectorAll('input[name="business"]').forEach((input) => input.addEventListener('change', syncBusinessName));
syncBusinessName();

$('business-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = checked('business').value;
  const name = $('business-name').value.trim();
  if (value === 'new' && !name) return fail(t.nameMissing);
  choice.business = value === 'new' ? { name } : config.businesses.find((business) => business.id === value);
  renderWhatsApp();
  show(2);
});

function renderWhatsApp() {
  const wabas = choice.business.id ? choice.business.wabas : [];
  $('waba-options').replaceChildren();
  wabas.forEach((waba, i) => radio($('waba-options'), 'waba', waba.id, waba.name, i === 0));
  document.querySelector('input[name="waba"][value="new"]').checked = wabas.length === 0;
  $('waba-name').value = choice.business.name;
  $('display-name').value = choice.business.name;
  renderPhones();
}
function selectedWaba() {
  const value = checked('waba').value;
  return value === 'new' ? undefined : choice.business.wabas.find((waba) => waba.id === value);
}
function renderPhones() {
  const waba = selectedWaba();
  $('waba-name').disabled = waba !== undefined;
  const numbers = waba ? waba.numbers : [];
  $('phone-options').replaceChildren();
  numbers.forEach((number, i) =>
    radio($('phone-options'), 'phone', number.id, number.displayPhoneNumber + ' (' + number.verifiedName + ')', i === 0),
  );
  document.querySelector('input[name="phone"][value="new"]').checked = numbers.length === 0;
  syncNewPhone();
}
function syncNewPhone() {
  $('new-phone').hidden = checked('phone').value !== 'new';
}

$('whatsapp-form').addEventListener('change', (event) => {
  if (event.target.name === 'waba') renderPhones();
  if (event.target.name === 'phone') syncNewPhone();
});
$('phone-number').addEventListener('input', () => { choice.verificationId = undefined; });

$('send-code').addEventListener('click', async () => {
  try {
    const started = await post('/sandbox/embedded-signup/verifications', { phoneNumber: $('phone-number').value });
    choice.pendingVerification = started.verificationId;
    choice.verificationId = undefined;
    $('sms').textContent = t.smsSent.replace('{code}', started.code);
  } catch (error) { fail(t.failed.replace('{message}', error.message)); }
});
$('verify').addEventListener('click', async () => {
  try {
    await post('/sandbox/embedded-signup/verifications/' + encodeURIComponent(choice.pendingVerification || '-'), { code: $('code').value.trim() });
    choice.verificationId = choice.pendingVerification;
    $('sms').textContent = t.verified;
  } catch (error) { fail(t.failed.replace('{message}', error.message)); }
});

$('whatsapp-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const waba = selectedWaba();
  const wabaName = $('waba-name').value.trim();
  const displayName = $('display-name').value.trim();
  if ((!waba && !wabaName) || !displayName) return fail(t.nameMissing);
  const phone = checked('phone').value;
  if (phone === 'new' && !choice.verificationId) return fail(t.phoneMissing);
  choice.waba = waba ? { id: waba.id } : { name: wabaName };
  choice.profile = { displayName, category: $('category').value };
  choice.phoneNumber = phone === 'new' ? { verificationId: choice.verificationId } : { id: phone };
  const number = waba && waba.numbers.find((candidate) => candidate.id === phone);
  $('summary').textContent = [choice.business.name, waba ? waba.name : wabaName, number ? number.displayPhoneNumber : $('phone-number').value].join(' · ');
  show(3);
});

$('allow').addEventListener('click', async () => {
  $('allow').disabled = true;
  try {
    const business = choice.business.id ? { id: choice.business.id } : { name: choice.business.name };
    choice.result = await post('/sandbox/embedded-signup/complete', { business, waba: choice.waba, profile: choice.profile, phoneNumber: choice.phoneNumber });
    $('done-summary').textContent = $('summary').textContent;
    show(4);
  } catch (error) {
    $('allow').disabled = false;
    fail(t.failed.replace('{message}', error.message));
  }
});

$('finish').addEventListener('click', () => {
  const { code, business_id, waba_id, phone_number_id } = choice.result;
  window.opener?.postMessage({ type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', data: { phone_number_id, waba_id, business_id } }, origin);
  leave(redirect({ code }));
});
`;
