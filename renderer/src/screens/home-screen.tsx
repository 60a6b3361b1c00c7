import { ScreenHeading } from '../components/screen-heading';

const sections = [
  {
    href: '#/gids',
    title: 'De gids',
    text: 'Lees de vijf thema’s, de tips en de hulpmiddelen, en maak eigen notities.',
  },
  { href: '#/zelfanalyses', title: 'Zelfanalyses', text: 'Kijk hoe jij werkt en zie hoe je je ontwikkelt.' },
  { href: '#/pop-op', title: 'POP-OP', text: 'Schrijf je ontwikkelplan voor het gesprek met je leidinggevende.' },
  {
    href: '#/financiering',
    title: 'Financieringshulp',
    text: 'Denk na over hoe een initiatief van inwoners betaald kan worden.',
  },
];

/** The start screen: what the app is for, in two sentences, and the way in. */
export function HomeScreen() {
  return (
    <>
      <ScreenHeading>Werkboek Overheidsparticipatie</ScreenHeading>
      <p className="lead">
        Dit werkboek helpt je als ambtenaar om te werken met initiatieven van inwoners. Het is gebaseerd op de gids
        “Eerste Hulp Bij Overheidsparticipatie!” en werkt helemaal op je eigen computer, zonder internet.
      </p>
      <ul className="card-list">
        {sections.map((section) => (
          <li key={section.href} className="card">
            <h2>
              <a href={section.href}>{section.title}</a>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
