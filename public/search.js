// The search page's one script: Pagefind's own interface, over the index the build wrote after
// the fidelity check passed. Where the index lives comes from the page (it follows BASE_PATH).
const element = document.getElementById('search');
if (element && window.PagefindUI) {
  new window.PagefindUI({ element: '#search', bundlePath: element.dataset.bundle, showImages: false, resetStyles: false });
}
