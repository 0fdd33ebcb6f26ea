import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/languages';
import { i18nInstance } from '../i18n/translator.test-support';
import { renderInInbox, tagsOf, textOf } from '../inbox/list/render-in-inbox.test-support';
import { availabilityQuery } from './availability.api';
import { AvailabilitySwitch } from './AvailabilitySwitch';
import { NotificationMenu } from './NotificationMenu';
import { WorkNotices } from './WorkNotices';

function render(node: ReactNode, lang: Lang, queryClient = new QueryClient()) {
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>
    </QueryClientProvider>,
  );
}

const withLoad = (availability: 'online' | 'away' | 'offline', openCount: number, capacity: number) => {
  const queryClient = new QueryClient();
  queryClient.setQueryData(availabilityQuery.queryKey, { availability, openCount, capacity });
  return queryClient;
};

describe('the availability switch', () => {
  it('is a labelled select of online, away and offline, with the open count against the capacity', () => {
    const html = render(<AvailabilitySwitch />, 'en', withLoad('away', 3, 5));
    const id = /<label for="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<label for="${id}" class="availability__label">Availability</label>`);
    expect(html).toContain(`<select id="${id}"`);
    expect(html).toMatch(
      /<option value="online">Online<\/option><option value="away" selected="">Away<\/option><option value="offline">Offline<\/option>/,
    );
    expect(textOf(html, 'availability')).toContain('3/53 open of the 5 you take at once');
    expect(tagsOf(html, 'availability')[0]).toContain('availability--away');
  });

  it('speaks Japanese', () => {
    const html = render(<AvailabilitySwitch />, 'ja', withLoad('online', 0, 8));
    expect(html).toContain('対応状況</label>');
    expect(html).toContain('<option value="online" selected="">オンライン</option>');
    expect(html).toContain('<option value="away">離席中</option>');
    expect(html).toContain('同時に担当できる 8 件のうち 0 件を対応中');
  });

  it('waits, disabled, until the availability is read', () => {
    const html = render(<AvailabilitySwitch />, 'en');
    expect(html).toMatch(/<select[^>]* disabled=""/);
    // The alert region is there from the start, so an error that appears in it is read out.
    expect(html).toMatch(/role="alert" class="availability__error"/);
  });
});

describe('the notifications menu', () => {
  it('says when the browser has no desktop notifications, and offers the chime', () => {
    // This test's environment has no Notification API, like some browsers.
    const html = render(<NotificationMenu />, 'en');
    expect(tagsOf(html, 'notification-menu')[0]).toContain(
      'aria-label="Notifications: desktop off, sound on"',
    );
    expect(html).toContain('This browser can’t show desktop notifications.');
    expect(html).toMatch(/role="switch" aria-checked="true" aria-label="Play a sound"/);
  });

  it('speaks Japanese', () => {
    const html = render(<NotificationMenu />, 'ja');
    expect(html).toContain('aria-label="通知: デスクトップ オフ、サウンド オン"');
    expect(html).toContain('このブラウザはデスクトップ通知に対応していません。');
  });
});

describe('the notices on the page', () => {
  it('show each with a way to its conversation, in a polite live region', async () => {
    const notices = [
      {
        id: 'assigned:c1',
        kind: 'assigned' as const,
        conversationId: 'c1',
        title: 'New conversation assigned to you',
        body: '佐藤 花子: 予約を変更したいです',
      },
      {
        id: 'breach:c2:t',
        kind: 'breach' as const,
        conversationId: 'c2',
        title: 'No first response in time',
        body: '田中 愛子 — escalated to Billing',
      },
    ];
    const html = await renderInInbox(
      <WorkNotices notices={notices} onOpen={() => undefined} onDismiss={() => undefined} />,
      '/inbox',
      'en',
    );
    expect(html).toMatch(
      /<ul class="work-notices__list" aria-label="Recent notifications" aria-live="polite"/,
    );
    expect(tagsOf(html, 'work-notice').map((tag) => /work-notice--(\w+)/.exec(tag)?.[1])).toEqual([
      'assigned',
      'breach',
    ]);
    expect(html).toContain('<p class="work-notice__body">田中 愛子 — escalated to Billing</p>');
    expect(html.match(/Open the conversation/g)).toHaveLength(2);
    expect(html.match(/>Dismiss</g)).toHaveLength(2);
  });
});
