// The search page's one script: Pagefind's own interface, over the index the build wrote after
// the fidelity check passed. Where the index lives comes from the page (it follows BASE_PATH),
// and so do other shards' indexes to search with it (SEARCH_MERGE), if any.
const element = document.getElementById('search');
if (element && window.PagefindUI) {
  const mergeIndex = (element.dataset.merge ?? '')
    .split(',')
    .filter(Boolean)
    .map((bundlePath) => ({ bundlePath }));
  new window.PagefindUI({ element: '#search', bundlePath: element.dataset.bundle, mergeIndex, showImages: false, resetStyles: false });
}
