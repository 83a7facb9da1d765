import { Alert, Descriptions } from 'antd';
import { Link } from 'react-router';
import type { Nomination } from '../../api/types';
import { paths } from '../../app/routes';
import { STATUS_LABELS } from '../../i18n/labels';
import { formatDateTime } from '../../time/hanoi';

/** The decision, certificate and tally, once they exist (the tally only after the vote closed). */
export function Outcome({ nomination: n }: { nomination: Nomination }) {
  const items = [
    n.decisionNumber && {
      key: 'decision',
      label: 'Quyết định số',
      children: n.decisionId ? <Link to={paths.decision(n.decisionId)}>{n.decisionNumber}</Link> : n.decisionNumber,
    },
    n.councilSessionId && {
      key: 'session',
      label: 'Phiên họp Hội đồng',
      children: <Link to={paths.session(n.councilSessionId)}>Xem phiên họp và kết quả kiểm phiếu</Link>,
    },
    n.decisionSignature && { key: 'signature', label: 'Ký', children: n.decisionSignature },
    n.certificateNumber && { key: 'certificate', label: 'Số bằng khen / giấy chứng nhận', children: n.certificateNumber },
    n.conferenceRank && { key: 'rank', label: 'Thứ tự tại hội nghị', children: n.conferenceRank },
    n.revocationDecisionNumber && { key: 'revocation', label: 'Quyết định hủy bỏ số', children: n.revocationDecisionNumber },
    n.tally && {
      key: 'tally',
      label: 'Kết quả kiểm phiếu',
      children: `${n.tally.agree} đồng ý · ${n.tally.disagree} không đồng ý · ${n.tally.abstain} không biểu quyết`,
    },
  ].filter(Boolean) as { key: string; label: string; children: React.ReactNode }[];
  return (
    <>
      {n.outcome && n.status !== 'IN_PROGRESS' && (
        <Alert
          type={n.status === 'HONOURED' || n.status === 'RECOGNISED' ? 'success' : 'warning'}
          showIcon
          title={`${STATUS_LABELS[n.status] ?? n.status} — ${formatDateTime(n.outcome.at)}`}
          // Reasons a person typed are shown as typed; the engine's own (a deadline, the cycle's end) are told by the timeline.
          description={n.outcome.reason && n.outcome.by !== 'system' ? `Lý do: ${n.outcome.reason}` : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {items.length > 0 && <Descriptions title="Kết quả" bordered size="small" column={1} items={items} style={{ marginBottom: 24 }} />}
    </>
  );
}
