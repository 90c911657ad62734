/** The most claims an event's page quotes; the rest are on its numbered claim pages (`/events/<id>/claims/2/`). */
export const CLAIMS_PER_PAGE = 40;
