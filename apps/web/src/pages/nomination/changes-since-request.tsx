import { useQuery } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { openDocument } from '../../api/open-document';
import type { Nomination } from '../../api/types';
import { formatDateTime } from '../../time/hanoi';

type Version = { id?: string; version?: number; filename?: string; uploadedAt?: string } | null;

function VersionCell({ version }: { version: Version }) {
  if (!version) return <Typography.Text type="secondary">Chưa có</Typography.Text>;
  return (
    <>
      Phiên bản {version.version ?? 1}
      {version.uploadedAt ? ` · ${formatDateTime(version.uploadedAt)}` : ''}
      {version.id && (
        <Button type="link" size="small" onClick={() => void openDocument(`/api/v1/documents/${version.id}`)}>
          Mở {version.filename}
        </Button>
      )}
    </>
  );
}

/**
 * For the reviewer of a dossier that came back revised: what the last change request asked, and
 * each field and document as it was then beside what it is now. Nothing before any change request,
 * nor while the unit is still revising.
 */
export function ChangesSinceRequest({ nomination: n }: { nomination: Nomination }) {
  const shown = n.changeRounds > 0 && n.stage !== 'REVISION' && n.stage !== 'DRAFT';
  const changes = useQuery({
    queryKey: ['changes', n.id, n.version],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}/changes', { params: { path: { id: n.id } } })),
    enabled: shown,
  });
  if (!shown || !changes.data?.request) return null;
  const { request, fields, documents } = changes.data;
  return (
    <section aria-labelledby="thay-doi">
      <Typography.Title level={2} id="thay-doi">
        Thay đổi so với lần yêu cầu bổ sung thứ {request.round}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Yêu cầu ngày {formatDateTime(request.requestedAt)}: {request.reason}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        aria-label="Các mục đã sửa"
        dataSource={fields}
        locale={{ emptyText: 'Đơn vị không sửa mục nào của hồ sơ' }}
        columns={[
          { title: 'Mục', dataIndex: 'label', width: '22%' },
          { title: 'Trước', dataIndex: 'before', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</span> },
          { title: 'Sau', dataIndex: 'after', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</span> },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(d) => d.after.id ?? d.kind + d.title}
        aria-label="Các tài liệu đã bổ sung"
        dataSource={documents}
        locale={{ emptyText: 'Đơn vị không bổ sung tài liệu nào' }}
        columns={[
          { title: 'Tài liệu', dataIndex: 'title', width: '22%' },
          { title: 'Trước', key: 'before', render: (_: unknown, d) => <VersionCell version={d.before} /> },
          { title: 'Sau', key: 'after', render: (_: unknown, d) => <VersionCell version={d.after} /> },
        ]}
      />
    </section>
  );
}
