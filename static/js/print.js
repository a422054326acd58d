// A "Print" button needs a script, which the Content-Security-Policy allows only from a file: buttons marked
// data-print are shown and print the page; without scripts they stay hidden (the browser's own Print works).
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
        window.print();
    });
});
