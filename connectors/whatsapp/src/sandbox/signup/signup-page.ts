import { signupScript } from './signup-script.js';
import { verticals, type SignupText } from './signup-text.js';

/** What the page offers: the directory's businesses, WABAs and numbers. */
export interface SignupDirectory {
  id: string;
  name: string;
  wabas: {
    id: string;
    name: string;
    numbers: { id: string; displayPhoneNumber: string; verifiedName: string }[];
  }[];
}

export interface SignupPageInput {
  text: SignupText;
  clientId: string;
  redirectUri: string;
  state?: string;
  businesses: SignupDirectory[];
}

const style = `body{font-family:system-ui,sans-serif;background:#f0f2f5;margin:0;color:#1c1e21}
main{max-width:34rem;margin:2rem auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px #0003}
.brand{color:#1877f2;font-weight:700;font-size:1.5rem;margin:0}.steps{display:flex;gap:.5rem;padding:0;list-style:none;font-size:.85rem}
.steps li{color:#65676b}.steps li[aria-current]{color:#1877f2;font-weight:600}label{display:block;margin:.75rem 0 .25rem}
.choice{display:flex;gap:.5rem;align-items:center}input:not([type=radio]),select{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}
fieldset{border:1px solid #dddfe2;border-radius:6px;margin:1rem 0}.actions{display:flex;gap:.5rem;margin-top:1.25rem}
button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #1877f2;background:#1877f2;color:#fff}
button[data-cancel],button[data-back]{background:#fff;color:#1877f2}#error{color:#b00020;min-height:1.2em}`;

/** Escapes text for HTML content and attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The Embedded Signup consent page: five steps, one visible at a time, every control labelled. */
export function signupPage(input: SignupPageInput): string {
  const t = input.text;
  const e = escapeHtml;
  const actions = (primary: string, back = true) =>
    `<div class="actions">${back ? `<button type="button" data-back>${e(t.back)}</button>` : ''}${primary}<button type="button" data-cancel>${e(t.cancel)}</button></div>`;
  const submit = (label: string) => `<button type="submit">${e(label)}</button>`;
  const section = (step: string, title: string, body: string, hidden = true) =>
    `<section data-step="${step}"${hidden ? ' hidden' : ''} aria-labelledby="${step}-title"><h2 id="${step}-title" tabindex="-1">${e(title)}</h2>${body}</section>`;
  const field = (id: string, label: string, attributes = '') =>
    `<label for="${id}">${e(label)}</label><input id="${id}" ${attributes}>`;
  const newChoice = (name: string, label: string) =>
    `<label class="choice"><input type="radio" name="${name}" value="new"> ${e(label)}</label>`;
  const categories = verticals.map((v) => `<option value="${v}">${e(t.categories[v])}</option>`).join('');
  const config = JSON.stringify({ ...input, text: t }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>${e(t.title)}</title><style>${style}</style></head><body><main>
<p class="brand" aria-hidden="true">facebook</p><h1>${e(t.heading)}</h1>
<ol class="steps" aria-label="${e(t.steps)}">${t.stepNames.map((name, i) => `<li${i === 0 ? ' aria-current="step"' : ''}>${e(name)}</li>`).join('')}</ol>
<p id="error" role="alert"></p>
${section(
  'LOGIN',
  t.login,
  `<form id="login-form" novalidate>${field('email', t.email, 'autocomplete="username"')}${field('password', t.password, 'type="password" autocomplete="current-password"')}${actions(submit(t.logIn), false)}</form>`,
  false,
)}
${section(
  'BUSINESS_PORTFOLIO',
  t.business,
  `<form id="business-form" novalidate><fieldset><legend>${e(t.businessLegend)}</legend><div id="business-options"></div>${newChoice('business', t.newBusiness)}</fieldset>${field('business-name', t.businessName)}${actions(submit(t.continue))}</form>`,
)}
${section(
  'WHATSAPP_BUSINESS_PROFILE',
  t.whatsapp,
  `<form id="whatsapp-form" novalidate><fieldset><legend>${e(t.wabaLegend)}</legend><div id="waba-options"></div>${newChoice('waba', t.newWaba)}${field('waba-name', t.wabaName)}</fieldset>
<fieldset><legend>${e(t.profile)}</legend>${field('display-name', t.displayName)}<label for="category">${e(t.category)}</label><select id="category">${categories}</select></fieldset>
<fieldset><legend>${e(t.phoneLegend)}</legend><div id="phone-options"></div>${newChoice('phone', t.newPhone)}<div id="new-phone" hidden>${field('phone-number', t.phoneNumber, 'type="tel" autocomplete="tel"')}<button type="button" id="send-code">${e(t.sendCode)}</button><p id="sms" role="status"></p>${field('code', t.verificationCode, 'inputmode="numeric" maxlength="6" autocomplete="one-time-code"')}<button type="button" id="verify">${e(t.verify)}</button></div></fieldset>
${actions(submit(t.continue))}</form>`,
)}
${section(
  'PERMISSIONS',
  t.review,
  `<p>${e(t.reviewIntro)}</p><ul>${t.permissions.map((permission) => `<li>${e(permission)}</li>`).join('')}</ul><p id="summary"></p>${actions(`<button type="button" id="allow">${e(t.allow)}</button>`)}`,
)}
${section('DONE', t.done, `<p>${e(t.doneIntro)}</p><p id="done-summary"></p><div class="actions"><button type="button" id="finish">${e(t.finish)}</button></div>`)}
</main><script type="application/json" id="signup-config">${config}</script><script>${signupScript}</script></body></html>`;
}

/** The page Meta shows instead when the app or the redirect URI is not acceptable. */
export function signupErrorPage(text: SignupText, message: string): string {
  const e = escapeHtml;
  return `<!doctype html><html lang="${text.lang}"><head><meta charset="utf-8"><title>${e(text.errorTitle)}</title></head>
<body><main><h1>${e(text.errorTitle)}</h1><p role="alert">${e(message)}</p></main></body></html>`;
}
