import { FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { openDocument } from '../../api/open-document';
import type { CouncilSession } from '../../api/types';

/** The minutes (biên bản kiểm phiếu) of a closed session, as PDF or as a web page, in a new tab. */
export function MinutesButtons({ session: s }: { session: CouncilSession }) {
  const { message } = App.useApp();
  const open = (format: 'pdf' | 'html') =>
    openDocument(`/api/v1/council-sessions/${s.id}/minutes?format=${format}`).catch((err: Error) => void message.error(err.message));
  return (
    <>
      <Button icon={<FilePdfOutlined />} onClick={() => void open('pdf')}>
        Biên bản kiểm phiếu (PDF)
      </Button>
      <Button icon={<FileTextOutlined />} onClick={() => void open('html')}>
        Biên bản kiểm phiếu (trang web)
      </Button>
    </>
  );
}
