import { Steps } from 'antd';
import type { Nomination } from '../../api/types';
import { STEPS } from '../../i18n/labels';

const ENDED_BADLY = ['REJECTED', 'WITHDRAWN', 'EXPIRED', 'REVOKED'];

/** The five stages as a stepper: where the nomination is, or where it stopped. */
export function StageSteps({ nomination: n }: { nomination: Nomination }) {
  const atStage = STEPS.findIndex((s) => s.stages.includes(n.stage));
  const honoured = n.status === 'HONOURED' || n.status === 'RECOGNISED';
  // A closed nomination stopped where its last open stage was; the view keeps the stage it reached.
  const current = honoured ? STEPS.length - 1 : Math.max(atStage, 0);
  const status = ENDED_BADLY.includes(n.status) ? 'error' : honoured ? 'finish' : 'process';
  return (
    <Steps
      style={{ margin: '16px 0 24px' }}
      current={current}
      status={status}
      responsive
      items={STEPS.map((s) => ({ title: s.title }))}
      aria-label="Các bước xét chọn"
    />
  );
}
