import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Shell } from './shell';

// Each screen is its own chunk: the first screen loads only what it shows.
const LoginPage = lazy(() => import('../pages/login/login-page'));
const InboxPage = lazy(() => import('../pages/inbox/inbox-page'));
const NominationPage = lazy(() => import('../pages/nomination/nomination-page'));
const NominationsPage = lazy(() => import('../pages/nominations/nominations-page'));
const SubmitNominationPage = lazy(() => import('../pages/submit/submit-nomination-page'));
const CyclesPage = lazy(() => import('../pages/cycles/cycles-page'));
const CycleDashboardPage = lazy(() => import('../pages/cycles/cycle-dashboard-page'));
const CreateCyclePage = lazy(() => import('../pages/cycles/create-cycle-page'));
const DraftProposalPage = lazy(() => import('../pages/proposals/draft-proposal-page'));
const ProposalPage = lazy(() => import('../pages/proposals/proposal-page'));
const DecisionPage = lazy(() => import('../pages/proposals/decision-page'));
const NotificationsPage = lazy(() => import('../pages/notifications/notifications-page'));
const ProfilePage = lazy(() => import('../pages/profile/profile-page'));
const SessionPage = lazy(() => import('../pages/sessions/session-page'));
const ComposeSessionPage = lazy(() => import('../pages/sessions/compose-session-page'));
const AwardHistoryPage = lazy(() => import('../pages/award-history/award-history-page'));
const NotFoundPage = lazy(() => import('../pages/not-found-page'));

/** Paths are Vietnamese without diacritics, as Vietnamese public services write them. */
export const paths = {
  login: '/dang-nhap',
  inbox: '/',
  nominations: '/ho-so',
  nomination: (id: string) => `/ho-so/${id}`,
  submit: '/ho-so/de-nghi-moi',
  cycles: '/dot-xet-chon',
  cycle: (code: string) => `/dot-xet-chon/${encodeURIComponent(code)}`,
  createCycle: '/dot-xet-chon/tao-moi',
  notifications: '/thong-bao',
  profile: '/tai-khoan',
  session: (id: string) => `/phien-hop/${id}`,
  composeSession: (code: string) => `/dot-xet-chon/${encodeURIComponent(code)}/phien-hop-moi`,
  proposal: (id: string) => `/to-trinh/${id}`,
  draftProposal: (code: string) => `/dot-xet-chon/${encodeURIComponent(code)}/to-trinh-moi`,
  decision: (id: string) => `/quyet-dinh/${id}`,
  awardHistory: '/lich-su-khen-thuong',
};

export const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage /> },
  {
    element: <Shell />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: paths.nominations, element: <NominationsPage /> },
      { path: paths.submit, element: <SubmitNominationPage /> },
      { path: '/ho-so/:id', element: <NominationPage /> },
      { path: paths.cycles, element: <CyclesPage /> },
      { path: paths.createCycle, element: <CreateCyclePage /> },
      { path: '/dot-xet-chon/:code', element: <CycleDashboardPage /> },
      { path: '/dot-xet-chon/:code/phien-hop-moi', element: <ComposeSessionPage /> },
      { path: '/phien-hop/:id', element: <SessionPage /> },
      { path: '/dot-xet-chon/:code/to-trinh-moi', element: <DraftProposalPage /> },
      { path: '/to-trinh/:id', element: <ProposalPage /> },
      { path: '/quyet-dinh/:id', element: <DecisionPage /> },
      { path: paths.notifications, element: <NotificationsPage /> },
      { path: paths.profile, element: <ProfilePage /> },
      { path: paths.awardHistory, element: <AwardHistoryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
