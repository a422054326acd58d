// On wide screens site.css always shows the main menu, open or not; opening its <details> there as well keeps
// the menu in the accessibility tree of browsers that hide a closed disclosure's content from screen readers.
// Without scripts the menu still works: a disclosure on small screens, always shown on wide ones.
var wide = window.matchMedia("(min-width: 64em)");
function showMenuOnWideScreens() {
    document.querySelectorAll(".site-menu").forEach(function (menu) {
        menu.open = wide.matches;
    });
}
wide.addEventListener("change", showMenuOnWideScreens);
showMenuOnWideScreens();
