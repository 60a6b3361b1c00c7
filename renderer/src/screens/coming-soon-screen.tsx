import { ScreenHeading } from '../components/screen-heading';

/** A clearly marked placeholder for a feature that is still being built. */
export function ComingSoonScreen({ title, what }: { title: string; what: string }) {
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      <p className="badge">Komt nog</p>
      <p>{what}</p>
      <p>Dit onderdeel zit nog niet in deze versie van het werkboek.</p>
    </>
  );
}
