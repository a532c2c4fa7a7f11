import { menuFor } from '../app/menu';
import { useMe } from '../auth/SessionProvider';
import { ProfileCard } from './ProfileCard';
import { ShortcutCards } from './ShortcutCards';
import { TodoCards } from './TodoCards';

/**
 * 首页, a launcher for the user's role: their own facts, their to-do counts from the server (each a link to where it
 * is done), and the entries of their menu — no made-up figures.
 */
export default function HomePage() {
  const me = useMe();
  const shortcuts = menuFor(me).filter((entry) => entry.key !== 'home');
  return (
    <>
      <ProfileCard me={me} />
      <TodoCards />
      <ShortcutCards entries={shortcuts} />
    </>
  );
}
