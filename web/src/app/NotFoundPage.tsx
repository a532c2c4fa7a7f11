import { NotFoundResult } from '../shared/StatusResults';

export default function NotFoundPage() {
  return <NotFoundResult />;
}
