import { routeHref } from '../../app/routes';

const steps = [
  {
    href: routeHref('/gids', 'inleiding'),
    title: 'Lees de inleiding van de gids',
    text: 'Zo weet je waar overheidsparticipatie over gaat en wat de vijf thema’s zijn.',
  },
  {
    href: routeHref('/zelfanalyses'),
    title: 'Doe een zelfanalyse',
    text: 'Je kijkt hoe jij nu werkt met initiatieven van inwoners. Dat kost ongeveer een kwartier.',
  },
  {
    href: routeHref('/pop-op'),
    title: 'Schrijf je POP-OP',
    text: 'Je maakt een ontwikkelplan voor het gesprek met je leidinggevende.',
  },
];

/** For a first-time user: the order in which the workbook works best. */
export function FirstSteps() {
  return (
    <section aria-labelledby="begin-kop" className="home-panel">
      <h2 id="begin-kop">Zo begin je</h2>
      <ol className="home-steps">
        {steps.map((step) => (
          <li key={step.href}>
            <a href={step.href}>{step.title}</a>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
