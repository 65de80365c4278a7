/**
 * Clipboard HTML as Word (Microsoft 365, Windows) and LibreOffice Writer 7 put it on the clipboard,
 * trimmed to the parts that matter: Word's mso styles, `<o:p>`, conditional comments around list
 * labels, `mso-list` paragraphs, styled spans, comments, a footnote and a bookmark.
 */
export const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=NL style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><a name="_Toc1"></a><span style='font-family:"Calibri Light";color:#2F5496'>Aanleiding<o:p></o:p></span></h1>
<p class=MsoNormal><b><span style='font-size:12.0pt;color:red'>Vet</span></b><span style='font-size:12.0pt'> en <i>cursief</i> en
<span style='text-decoration:underline'>onderstreept</span> en <u>ook onder</u> en <s>doorgehaald</s> en
<span style='font-family:"Comic Sans MS";mso-highlight:yellow;background:yellow'>gemarkeerd</span> en H<sub>2</sub>O en m<span style='vertical-align:super'>3</span>
en <a href="https://www.rijksoverheid.nl/onderwerpen">de site</a> en <a href="javascript:alert(1)">kwaad</a>
en <a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a><span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;<a class=msocomanchor id="_anchor_1" href="#_msocom_1">[JJ1]</a></span></span><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Eerste punt<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Deelpunt<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Tweede punt<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Een bolletje<o:p></o:p></p>
<p class=MsoNormal><img width=100 height=50 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" alt="Logo"><v:shape id="Afbeelding_1"><v:imagedata src="clip_image001.png"/></v:shape>Na de afbeelding</p>
<h4>Kleine kop</h4>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>Voetnoottekst van Word</p></div></div>
<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>Commentaar van Jan</p></div></div>
<!--EndFragment-->
</body></html>`;

/** LibreOffice Writer: real nested lists, <font> and styled spans, an internet link. */
export const LIBREOFFICE_HTML = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/><style type="text/css">p { margin-bottom: 0.25cm; line-height: 115%; background: transparent }</style></head>
<body lang="nl-NL" link="#000080" vlink="#800000" dir="ltr">
<h2 class="western"><font face="Liberation Sans, sans-serif"><font size="4">Kernpunten</font></font></h2>
<p style="margin-bottom: 0cm"><font color="#c9211e"><span style="font-weight: bold">Vet rood</span></font> <span style="font-style: italic">schuin</span> <u>onder</u> <strike>weg</strike> <a href="mailto:postbus@minbuza.nl">mail ons</a></p>
<ul><li><p style="margin-bottom: 0cm">Punt een</p><ul><li><p style="margin-bottom: 0cm">Sub een</p></li></ul></li><li><p>Punt twee</p></li></ul>
</body></html>`;
