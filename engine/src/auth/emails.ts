import type { Locale } from '@parley/contracts';
import type { Mail } from '../infrastructure/mail/mailer.service.js';

/**
 * The mails Parley sends. Invitations go to someone whose language is not known yet, so they are
 * in Japanese and English; a reset goes in the person's own language.
 */
export function invitationMail(input: {
  to: string;
  organisation: string;
  invitedBy: string;
  link: string;
  expiresAt: Date;
}): Mail {
  const until = input.expiresAt.toISOString().slice(0, 10);
  return {
    to: input.to,
    subject: `${input.organisation} の Parley への招待 / Your invitation to ${input.organisation} on Parley`,
    text: [
      `${input.invitedBy} さんから Parley の「${input.organisation}」に招待されました。`,
      `次のリンクを開いて、お名前とパスワードを設定してください（${until} まで有効）:`,
      input.link,
      '',
      `${input.invitedBy} invited you to ${input.organisation} on Parley.`,
      `Open this link to choose your name and password (valid until ${until}):`,
      input.link,
      '',
      'このメールに心当たりがない場合は無視してください。 / If you did not expect this, ignore this mail.',
    ].join('\n'),
  };
}

export function passwordResetMail(input: { to: string; locale: Locale; link: string }): Mail {
  if (input.locale === 'ja') {
    return {
      to: input.to,
      subject: 'Parley のパスワードの再設定',
      text: [
        'パスワードの再設定を受け付けました。次のリンクから新しいパスワードを設定してください（1 時間有効）:',
        input.link,
        '',
        'お心当たりがない場合はこのメールを無視してください。パスワードは変わりません。',
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    subject: 'Reset your Parley password',
    text: [
      'Someone asked to reset your Parley password. Choose a new one here (the link works for an hour):',
      input.link,
      '',
      'If it was not you, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}
