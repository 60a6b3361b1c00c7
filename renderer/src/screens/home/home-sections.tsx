import { routeHref } from '../../app/routes';

const sections = [
  {
    href: routeHref('/gids'),
    title: 'De gids',
    text: 'Lees de vijf thema’s, de tips en de hulpmiddelen, en maak eigen notities.',
  },
  { href: routeHref('/zelfanalyses'), title: 'Zelfanalyses', text: 'Kijk hoe jij werkt en zie hoe je je ontwikkelt.' },
  {
    href: routeHref('/pop-op'),
    title: 'POP-OP',
    text: 'Schrijf je ontwikkelplan voor het gesprek met je leidinggevende.',
  },
  {
    href: routeHref('/financiering'),
    title: 'Financieringshulp',
    text: 'Denk na over hoe een initiatief van inwoners betaald kan worden.',
  },
];

/** The parts of the workbook, two by two (never three and a lone fourth). */
export function HomeSections() {
  return (
    <section aria-labelledby="onderdelen-kop">
      <h2 id="onderdelen-kop">Alle onderdelen</h2>
      <ul className="home-sections">
        {sections.map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.title}</a>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
