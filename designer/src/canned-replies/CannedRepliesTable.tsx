import type { CannedReply } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../ui/use-feedback';
import { textPreview } from './canned-reply-form';
import { DeleteCannedReplyButton } from './DeleteCannedReplyButton';

interface Props {
  replies: readonly CannedReply[];
  /** People with `templates:manage` edit and delete; everyone else reads. */
  canManage: boolean;
  onEdit: (reply: CannedReply) => void;
  feedback: Feedback;
}

/** Every canned reply: its shortcut, title and the start of its text; edit or delete it. */
export function CannedRepliesTable({ replies, canManage, onEdit, feedback }: Props) {
  const { t } = useTranslation();
  const columns = canManage
    ? (['shortcut', 'title', 'text', 'actions'] as const)
    : (['shortcut', 'title', 'text'] as const);
  return (
    <div className="table-wrap">
      <table className="table canned-replies" aria-labelledby="page-heading">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`settingsWork.cannedReplies.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {replies.map((reply) => (
            <tr key={reply.id} data-testid="canned-reply-row" data-canned-reply-id={reply.id}>
              <td>
                <code className="canned-replies__shortcut">/{reply.shortcut}</code>
              </td>
              <th scope="row">{reply.title}</th>
              <td className="table__wrap-text canned-replies__text" title={reply.text}>
                {textPreview(reply.text)}
              </td>
              {canManage && (
                <td>
                  <span className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onEdit(reply)}
                      data-testid="canned-reply-edit"
                    >
                      {t('settingsWork.cannedReplies.edit')}
                      <span className="visually-hidden"> {reply.title}</span>
                    </button>
                    <DeleteCannedReplyButton reply={reply} feedback={feedback} />
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
