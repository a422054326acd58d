// An export's page follows its progress without reloading: every few seconds it fetches itself and puts the new
// state into its status region (read out politely by screen readers), until the file is ready or has failed.
// Without scripts the page offers a link to check again.
(function () {
    const region = document.getElementById("export-status");
    if (!region || region.dataset.waiting !== "true") return;
    const check = function () {
        fetch(window.location.href, { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("export-status");
                if (!fresh) return;
                region.innerHTML = fresh.innerHTML;
                region.dataset.waiting = fresh.dataset.waiting;
                if (fresh.dataset.waiting === "true") window.setTimeout(check, 3000);
            });
    };
    window.setTimeout(check, 3000);
})();
