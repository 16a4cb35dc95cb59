/** The paged-list footer of the filing site's tables (共 N 条，第 i / n 页, 上一页 / 下一页). */
export function Pager(props: { total: number; page: number; pages: number; onPage: (page: number) => void }) {
  const { total, page, pages, onPage } = props;
  return (
    <div class="pager">
      <span>
        共 {total} 条，第 {page} / {pages} 页
      </span>
      <button type="button" class="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <button type="button" class="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </div>
  );
}
