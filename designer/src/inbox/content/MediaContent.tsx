import { useTranslation } from 'react-i18next';
import { FileDownload } from './FileDownload';
import { ImageMedia } from './ImageMedia';
import { MediaStatus } from './MediaStatus';
import { mediaLabel, type ViewOf } from './message-view';
import { PlayableMedia } from './PlayableMedia';

/** A photo, sticker, video, audio or document, followed by its caption. */
export function MediaContent({ view }: { view: ViewOf<'media'> }) {
  const { t } = useTranslation();
  const { file } = view;
  const label = mediaLabel(view, t);
  let body;
  if (file.state !== 'ready') body = <MediaStatus label={file.filename ?? label} state={file.state} />;
  else if (view.presentation === 'image') {
    body = <ImageMedia url={file.url} alt={view.caption ?? label} sticker={view.media === 'sticker'} />;
  } else if (view.presentation === 'file') {
    body = <FileDownload url={file.url} file={file} label={label} />;
  } else {
    body = (
      <PlayableMedia
        kind={view.presentation}
        url={file.url}
        file={file}
        label={label}
        looping={view.animated}
        showLabel={view.presentation === 'audio'}
      />
    );
  }
  return (
    <>
      {body}
      {view.caption && <p className="message__text message__caption">{view.caption}</p>}
    </>
  );
}
