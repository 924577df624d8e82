<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation><numerusform>%n module</numerusform><numerusform>%n modules</numerusform></translation>
    </message>
    <message>
        <source>Export &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exporteren</translation>
    </message>
    <message>
        <source>SCORM 1.2 — works in almost every LMS</source>
        <translation>SCORM 1.2 — werkt in bijna elk LMS</translation>
    </message>
    <message>
        <source>SCORM 2004 (4th edition) — separate completion and success</source>
        <translation>SCORM 2004 (4e editie) — voltooid en geslaagd apart</translation>
    </message>
    <message>
        <source>Web page (HTML, zip) — no LMS needed</source>
        <translation>Webpagina (HTML, zip) — geen LMS nodig</translation>
    </message>
    <message>
        <source>PDF — to print or to share</source>
        <translation>PDF — om te printen of te delen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Trainer copy, with answers and feedback</source>
        <translation>Trainersexemplaar, met antwoorden en feedback</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan in:</translation>
    </message>
    <message>
        <source>Export even if the check finds errors</source>
        <translation>Toch exporteren als de controle fouten vindt</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet komen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Done. Upload the package to your LMS, or open it to check.</source>
        <translation>Klaar. Zet het pakket in je LMS, of open het om het te controleren.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Geannuleerd. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Not exported: the module has errors. Fix them, or tick “Export even if the check finds errors”.</source>
        <translation>Niet geëxporteerd: de module bevat fouten. Verbeter ze, of vink “Toch exporteren als de controle fouten vindt” aan.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Not exported: something unexpected went wrong. The details below help whoever maintains Kiem.</source>
        <translation>Niet geëxporteerd: er ging iets onverwachts mis. De details hieronder helpen wie Kiem onderhoudt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kiem</source>
        <translation>Kiem</translation>
    </message>
    <message>
        <source>The module editor is coming. Meanwhile, import module folders and export modules here, or use the &lt;code&gt;kiem&lt;/code&gt; command (&lt;code&gt;kiem --help&lt;/code&gt;).</source>
        <translation>De module-editor komt eraan. Importeer intussen hier modulemappen en exporteer modules, of gebruik het commando &lt;code&gt;kiem&lt;/code&gt; (&lt;code&gt;kiem --help&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Map importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Import a module folder</source>
        <translation>Een modulemap importeren</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>The folder was not imported:
%1

Nothing was changed. Correct the file named above and import again.</source>
        <translation>De map is niet geïmporteerd:
%1

Er is niets veranderd. Verbeter het genoemde bestand en importeer opnieuw.</translation>
    </message>
</context>
</TS>