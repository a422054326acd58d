/* The project template's global JavaScript: empty. */
