/**
 * What the demo organisation (`engine/src/cli/demo-seed.ts`, used by every test stack) is set up
 * with: its accounts' greeting, sent once per customer-service window, and the template its
 * WhatsApp Business Account has.
 */
export const demoGreeting = 'お問い合わせありがとうございます。担当者より順次ご返信いたします。';
export const demoTemplateName = 'hello_world';
