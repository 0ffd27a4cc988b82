-- Sign-off and revocation notifications pointed at unit.xhtml with "unit=", which the page does
-- not read; it reads "code=". Mend the links already sent.
UPDATE notification
   SET link = REPLACE(link, '&unit=', '&code=')
 WHERE link LIKE '/app/assessment/unit.xhtml?%&unit=%';
