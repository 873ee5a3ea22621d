/** Page through long tables: only one page of rows is in the DOM at a time. */
export const PAGE_SIZE = 50;

export function Pager({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  if (pageCount <= 1) return null;
  return (
    <div class="row" style="justify-content:flex-end;margin-top:12px" data-testid="pager">
      <button onClick={() => onPage(page - 1)} disabled={page === 0}>Previous</button>
      <span class="muted small">Page {page + 1} of {pageCount}</span>
      <button onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>Next</button>
    </div>
  );
}
