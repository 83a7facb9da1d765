import { Button, Descriptions, List, Table, Typography } from 'antd';
import { openDocument } from '../../api/open-document';
import type { Nomination } from '../../api/types';
import { formatDateTime, formatDay } from '../../time/hanoi';

/** The dossier as the unit submitted it: the nominee, achievements, initiatives, documents. */
export function DossierDetails({ nomination: n }: { nomination: Nomination }) {
  return (
    <section aria-labelledby="ho-so">
      <Typography.Title level={2} id="ho-so">
        Hồ sơ đề nghị
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'name', label: 'Họ và tên / tên tập thể', children: n.nominee.fullName },
          ...(n.nominee.dateOfBirth ? [{ key: 'born', label: 'Ngày sinh', children: formatDay(n.nominee.dateOfBirth) }] : []),
          { key: 'position', label: 'Chức vụ', children: n.nominee.position || '—' },
          { key: 'field', label: 'Lĩnh vực', children: n.nominee.field },
          {
            key: 'years',
            label: 'Số năm liên tục đạt danh hiệu thi đua',
            children: n.eligibility?.historyFound ? `${n.nominee.continuousYears} (theo lịch sử khen thưởng)` : n.nominee.continuousYears,
          },
          { key: 'remote', label: 'Vùng sâu, vùng xa, biên giới, hải đảo', children: n.nominee.remoteArea ? 'Có' : 'Không' },
          ...(n.draftedAt ? [{ key: 'drafted', label: 'Ngày lập bản nháp', children: formatDateTime(n.draftedAt) }] : []),
          ...(n.stage === 'DRAFT' || n.status === 'NOT_SUBMITTED'
            ? []
            : [{ key: 'submitted', label: 'Ngày nộp', children: formatDateTime(n.submittedAt) }]),
          { key: 'rounds', label: 'Số lần được yêu cầu bổ sung', children: n.changeRounds },
          ...(n.blockScore !== null ? [{ key: 'score', label: 'Điểm khối chấm', children: n.blockScore }] : []),
        ]}
      />
      <Typography.Title level={3}>Thành tích</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.achievements}</Typography.Paragraph>
      <Typography.Title level={3}>Sáng kiến, giải pháp</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={n.initiatives}
        locale={{ emptyText: 'Không có' }}
        renderItem={(i) => <List.Item>{i}</List.Item>}
      />
      <Typography.Title level={3}>Tài liệu kèm theo</Typography.Title>
      <Table
        size="small"
        rowKey={(d) => d.id ?? d.sha256 + d.title}
        dataSource={n.documents}
        pagination={false}
        locale={{ emptyText: 'Không có tài liệu' }}
        expandable={{
          // Earlier versions stay readable: who uploaded each, and when.
          rowExpandable: (d) => (d.versions?.length ?? 0) > 1,
          expandedRowRender: (d) => <EarlierVersions document={d} />,
          expandIcon: ({ expanded, onExpand, record }) =>
            (record.versions?.length ?? 0) > 1 ? (
              <Button type="link" size="small" onClick={(e) => onExpand(record, e)}>
                {expanded ? 'Ẩn' : `Các phiên bản (${record.versions?.length})`}
              </Button>
            ) : null,
        }}
        columns={[
          { title: 'Tên tài liệu', dataIndex: 'title' },
          {
            title: 'Phiên bản',
            key: 'version',
            render: (_: unknown, d: Nomination['documents'][number]) =>
              d.id ? `${d.version ?? 1} · ${d.uploadedAt ? formatDateTime(d.uploadedAt) : ''}` : 'Chỉ khai mã kiểm tra',
          },
          {
            title: 'Tệp',
            key: 'file',
            render: (_: unknown, d: Nomination['documents'][number]) =>
              d.id ? (
                <Button type="link" onClick={() => void openDocument(`/api/v1/documents/${d.id}`)}>
                  Mở {d.filename}
                </Button>
              ) : (
                <code title={d.sha256}>{d.sha256.slice(0, 12)}…</code>
              ),
          },
        ]}
      />
    </section>
  );
}

/** Every version of a document but the latest, newest first, each openable. */
function EarlierVersions({ document: d }: { document: Nomination['documents'][number] }) {
  const earlier = [...(d.versions ?? [])].reverse().filter((v) => v.id !== d.id);
  return (
    <List
      size="small"
      aria-label={`Các phiên bản trước của ${d.title}`}
      dataSource={earlier}
      renderItem={(v) => (
        <List.Item>
          Phiên bản {v.version} · tải lên {formatDateTime(v.uploadedAt)} · người tải lên: {v.uploadedBy}
          <Button type="link" onClick={() => void openDocument(`/api/v1/documents/${v.id}`)}>
            Mở {v.filename}
          </Button>
        </List.Item>
      )}
    />
  );
}
