import { menuFor } from '../app/menu';
import { useMe } from '../auth/SessionProvider';
import { ProfileCard } from './ProfileCard';
import { ShortcutCards } from './ShortcutCards';

/** 首页: a welcome for the user's role — their own facts and the entries of their menu, no made-up figures. */
export default function HomePage() {
  const me = useMe();
  const shortcuts = menuFor(me).filter((entry) => entry.key !== 'home');
  return (
    <>
      <ProfileCard me={me} />
      <ShortcutCards entries={shortcuts} />
    </>
  );
}
