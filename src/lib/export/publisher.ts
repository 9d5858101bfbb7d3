/**
 * Who publishes the data files (the TEI publicationStmt). The site's name is written out in
 * its pages too (SiteHeader, SeoMeta); one shared constant for all of them would be better.
 */
export const publisherName = 'Annotated Translations';
