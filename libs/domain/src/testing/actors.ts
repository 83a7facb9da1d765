/**
 * The people of the tests, after the demo organisation: Khối thi đua số VI is led by the Báo Tài
 * nguyên và Môi trường (BAO-TNMT), its deputy is the Công ty TNHH MTV Tài nguyên và Môi trường
 * miền Nam (CTY-TNMT-MN), and the Ban Quản lý Dự án Đầu tư và Xây dựng (BQLDA-DTXD) is a member.
 */
import { Role, type Actor, type BlockLeadership } from '../organisation/actor.js';

export const BLOCK_VI: BlockLeadership = { code: 'KHOI-VI', leaderUnitCode: 'BAO-TNMT', deputyUnitCode: 'CTY-TNMT-MN' };

/** The member unit whose nominations the tests follow. */
export const NOMINATING_UNIT = 'BQLDA-DTXD';

export function unitOfficer(unitCode: string): Actor {
  return { username: `unit.${unitCode}`, fullName: `Cán bộ ${unitCode}`, roles: [Role.UNIT_OFFICER], unitCode };
}

/** The officer of the nominating unit. */
export const nominatingOfficer = unitOfficer(NOMINATING_UNIT);
/** The officer of the block's leader unit: reviews its members' nominations. */
export const blockReviewer = unitOfficer(BLOCK_VI.leaderUnitCode);
/** The officer of the block's deputy unit: reviews only the leader's own nominations. */
export const blockDeputy = unitOfficer(BLOCK_VI.deputyUnitCode);

export function councilMember(n: number): Actor {
  return { username: `council.${n}`, fullName: `Ủy viên Hội đồng ${n}`, roles: [Role.COUNCIL_MEMBER] };
}

export const minister: Actor = { username: 'minister', fullName: 'Phạm Minh Quang', roles: [Role.MINISTER] };
export const deputyMinister: Actor = { username: 'deputy.minister', fullName: 'Lê Thị Thu', roles: [Role.DEPUTY_MINISTER] };
export const standingOffice: Actor = {
  username: 'standing.office',
  fullName: 'Vụ Thi đua, Khen thưởng và Tuyên truyền',
  roles: [Role.STANDING_OFFICE],
};
export const admin: Actor = { username: 'admin', fullName: 'Quản trị hệ thống', roles: [Role.ADMIN] };
