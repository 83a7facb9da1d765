import { Card, Descriptions } from 'antd';
import type { CouncilSession } from '../../api/types';
import { formatDateTime } from '../../time/hanoi';

/** Why a session closed, in a sentence of the minutes. */
function closedBy(s: CouncilSession): string {
  const by = s.closedBy as { kind: 'PERSON'; username: string } | { kind: 'PROCESS'; why: 'ALL_VOTED' | 'DUE' } | null;
  if (!by) return '—';
  if (by.kind === 'PERSON') return 'Cơ quan thường trực kết thúc bỏ phiếu';
  return by.why === 'ALL_VOTED' ? 'Tất cả thành viên đã bỏ phiếu' : 'Hết hạn bỏ phiếu';
}

/** When the session meets, when ballots are due, how many have voted, and the quorum once closed. */
export function SessionSummary({ session: s }: { session: CouncilSession }) {
  const members = s.members.length;
  return (
    <Card size="small" title="Thông tin phiên họp">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'meeting', label: 'Thời gian họp', children: formatDateTime(s.meetingAt) },
          { key: 'agenda', label: 'Số hồ sơ trên phiếu bầu', children: s.agenda.length },
          ...(s.status === 'DRAFT'
            ? []
            : [
                { key: 'due', label: 'Hạn bỏ phiếu', children: formatDateTime(s.dueAt) },
                { key: 'cast', label: 'Đã bỏ phiếu', children: `${s.received.length}/${members} thành viên` },
              ]),
          ...(s.quorum
            ? [
                {
                  key: 'quorum',
                  label: 'Số thành viên tham gia',
                  children: `${s.quorum.cast}/${s.quorum.members} (cần ít nhất ${s.quorum.needed}) — ${s.quorum.reached ? 'đủ' : 'không đủ'} số thành viên`,
                },
                { key: 'closed', label: 'Kết thúc', children: `${formatDateTime(s.closedAt)} · ${closedBy(s)}` },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
