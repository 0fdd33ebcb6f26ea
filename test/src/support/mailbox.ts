import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../../scripts/stack.mjs';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * An SMTP server on a free loopback port that keeps every mail it is given, for tests; while
 * `refusing` is set it turns every recipient away (550), as a mail server that is failing would.
 */
export async function startMailbox(): Promise<{
  url: string;
  mails: ReceivedMail[];
  refusing: boolean;
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, done) {
      done(
        state.refusing ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined,
      );
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to]
            .flat()
            .flatMap((address) => address?.value.map((entry) => entry.address ?? '') ?? []);
          mails.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
          done();
        })
        .catch((error: Error) => done(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    get refusing() {
      return state.refusing;
    },
    set refusing(value: boolean) {
      state.refusing = value;
    },
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
