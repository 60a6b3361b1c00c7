import type { DashboardSummary } from '../../../../main/contract/dashboard-channels';

/** "Verder waar je was": one link back to the last screen or item the user had open. */
export function ContinueWhere({ place }: { place: NonNullable<DashboardSummary['lastVisit']> }) {
  return (
    <section aria-labelledby="verder-kop" className="home-continue">
      <h2 id="verder-kop">Verder waar je was</h2>
      <p>
        <a className="button-link" href={place.href}>
          {place.title}
        </a>
      </p>
    </section>
  );
}
