import { Button, List, Select, Typography } from 'antd';
import { useOrganisation } from '../../api/organisation';
import { insideTheDialog } from '../../components/inside-the-dialog';
import type { CouncilCandidate } from '../../api/types';
import { COUNCIL_ROLE_LABELS } from '../../i18n/session-labels';
import { councilSize } from '../sessions/quorum';

interface Props {
  /** The usernames on the council, in order (a form field's value). */
  value?: string[];
  onChange?: (members: string[]) => void;
  /** Everyone who may be named. */
  candidates: CouncilCandidate[];
  chair?: string;
  secretary?: string;
}

/** A picker to add someone who may be named, and the members being named, each with a button to take them off. */
export function CouncilMemberList({ value = [], onChange, candidates, chair, secretary }: Props) {
  const { unitName } = useOrganisation();
  const byUsername = new Map(candidates.map((c) => [c.username, c]));
  const nameOf = (u: string) => byUsername.get(u)?.fullName ?? u;
  const unitOf = (u: string) => {
    const code = byUsername.get(u)?.unitCode;
    return code ? unitName(code) : null;
  };
  const role = (u: string) => COUNCIL_ROLE_LABELS[u === chair ? 'CHAIR' : u === secretary ? 'SECRETARY' : 'MEMBER'];
  const others = candidates.filter((c) => !value.includes(c.username));

  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        <label htmlFor="them-thanh-vien-hoi-dong">Thêm thành viên</label>
      </Typography.Text>
      <Select<string>
        id="them-thanh-vien-hoi-dong"
        showSearch={{ optionFilterProp: 'label' }}
        getPopupContainer={insideTheDialog}
        value={null}
        placeholder={others.length ? 'Chọn người để thêm vào Hội đồng' : 'Mọi người có thể chọn đã có tên trong Hội đồng'}
        disabled={!others.length}
        options={others.map((c) => ({
          value: c.username,
          label: [c.fullName, c.unitCode && unitName(c.unitCode)].filter(Boolean).join(' — '),
        }))}
        onChange={(u) => onChange?.([...value, u])}
        style={{ width: '100%', marginBottom: 12 }}
      />
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        Danh sách: {councilSize(value.length)}
      </Typography.Text>
      <section aria-label="Thành viên được chọn">
        <List
          size="small"
          bordered
          dataSource={value}
          locale={{ emptyText: 'Chưa chọn thành viên nào' }}
          renderItem={(u, i) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  aria-label={`Bỏ ${nameOf(u)} khỏi Hội đồng`}
                  onClick={() => onChange?.(value.filter((x) => x !== u))}
                >
                  Bỏ
                </Button>,
              ]}
            >
              <List.Item.Meta title={`${i + 1}. ${nameOf(u)}`} description={[unitOf(u), role(u)].filter(Boolean).join(' · ')} />
            </List.Item>
          )}
        />
      </section>
    </>
  );
}
