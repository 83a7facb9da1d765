import { Card, Table, Tag } from 'antd';
import type { CouncilSession } from '../../api/types';
import { COUNCIL_ROLE_LABELS, RECUSAL_LABELS } from '../../i18n/session-labels';

type Member = CouncilSession['members'][number];

/** The session's council: who has voted and how they did it (ballot or letter), never what they chose; recusals. */
export function MembersTable({ session: s }: { session: CouncilSession }) {
  if (s.status === 'DRAFT') return null;
  const received = new Map(s.received.map((r) => [r.member, r]));
  const nominee = new Map(s.agenda.map((i) => [i.nominationId, i.nomineeName]));
  return (
    <Card size="small" title={`Thành viên Hội đồng: ${s.members.length}`} style={{ marginTop: 16 }}>
      <Table<Member>
        rowKey="username"
        size="small"
        pagination={false}
        dataSource={s.members}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Chức vụ', dataIndex: 'title', responsive: ['md'] },
          { title: 'Trong Hội đồng', dataIndex: 'councilRole', responsive: ['md'], render: (r: string) => COUNCIL_ROLE_LABELS[r] ?? r },
          {
            title: 'Bỏ phiếu',
            key: 'voted',
            render: (_, m) => {
              const r = received.get(m.username);
              if (!r) return <Tag>{s.status === 'VOTING' ? 'Chưa bỏ phiếu' : 'Vắng, không bỏ phiếu'}</Tag>;
              return r.via === 'WRITTEN_OPINION' ? (
                <Tag color="blue">Ý kiến bằng văn bản{r.documentId ? ` (${r.documentId})` : ''}</Tag>
              ) : (
                <Tag color="green">Đã bỏ phiếu</Tag>
              );
            },
          },
          {
            title: 'Không tham gia bỏ phiếu cho',
            key: 'recused',
            responsive: ['sm'],
            render: (_, m) =>
              s.recusals
                .filter((r) => r.member === m.username)
                .map((r) => `${nominee.get(r.nominationId) ?? r.nominationId} (${RECUSAL_LABELS[r.reason] ?? r.reason})`)
                .join('; ') || '—',
          },
        ]}
      />
    </Card>
  );
}
