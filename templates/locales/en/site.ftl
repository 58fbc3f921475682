# The site's frame: layout, navigation, search box, footer and error pages.

site-name = Career Guide
skip-to-main = Skip to main content
nav-label = Site
nav-explore = Explore
nav-interests = By interest
nav-a-z = Careers A-Z
nav-schools = Schools
nav-glossary = Glossary
search-label = Search
search-placeholder = Job title, skill, school…
search-button = Search
footer-about = Career Guide explains jobs in plain words and shows where every figure comes from. Figures are reported as published by their sources; check with schools and employers before you decide.
footer-data = { $link }: the U.S. Bureau of Labor Statistics and O*NET (U.S. Department of Labor), with their releases, licenses and attribution.
footer-data-link = Where the data comes from

## Error pages. The English pages say exactly what went wrong; these are
## the headings and, for other languages, the explanation by kind.

error-status = Error { $status }
error-check-parameter = Check { $parameter } in the address, or leave it out.
error-reference = If it keeps happening, tell us this reference: { $reference }.
error-browse = Browse all careers
error-not-found-heading = Page not found
error-not-found-text = There is no page at this address. The link may be mistyped or out of date: search for the career, or browse them all.
error-bad-request-heading = Something in the address is not right
error-bad-request-text = A value in the address cannot be read.
error-moved-heading = This page has moved
error-moved-text = The page is now at another address.
error-method-heading = This kind of request is not supported
error-method-text = This site can only be read: it answers GET and HEAD requests.
error-too-long-heading = This address is too long
error-too-long-text = The address is longer than any page of this site. Check the link, or start again from the home page.
error-internal-heading = Something went wrong on our side
error-internal-text = The page could not be made just now. Please try again in a moment.
