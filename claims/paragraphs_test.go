package claims

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// bodyParagraphsByToLower is bodyParagraphs as it was before it lowered the
// article once: strings.ToLower per line.
func bodyParagraphsByToLower(text string) []string {
	var out []string
	skipNext, linkList := false, false
	var tables tableReader
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(stripFootnotes(line))
		numbers := false
		if row := tables.read(line); row != line {
			line = row
		} else if lead, ok := numbersLine(line); ok {
			line, numbers = lead, true
		} else if label, figure, ok := dotLeader(line); ok {
			line = label + ": " + figure
		} else if entry, ok := speakerLogEntry(line); ok {
			line, numbers = entry, true
		} else if entry, ok := chapterEntry(line); ok {
			line, numbers = entry, true
		} else if entry, ok := tickerSpeakerEntry(line); ok {
			line, numbers = entry, true
		}
		if line == "" {
			continue
		}
		low := strings.ToLower(line)
		if linkList && isBullet(line) {
			continue
		}
		linkList = false
		if skipNext && !proseLine(line) {
			skipNext = false
			linkList = isBullet(line)
			continue
		}
		skipNext = false
		if hasAnyPrefix(low, leadIns) {
			skipNext = len(strings.Fields(line)) <= 4
			continue
		}
		if hasAnyPrefix(low, furniturePrefixes) || isHeading(line) && !numbers && !hasAnyPrefix(low, sourceLines) && !factLine(low) && !timelineEntry(low) && !tickerEntry(line) || isBio(low) || isReference(line) {
			if who := headingSource(line); who != "" {
				out = append(out, "According to "+who+":")
			}
			continue
		}
		out = append(out, line)
		if who := bracketedSource(line); who != "" {
			out = append(out, "According to "+who+":")
		}
	}
	return out
}

// checkParagraphs holds bodyParagraphs to the reference, and each
// paragraph's lower case to asciiLower of its text.
func checkParagraphs(t *testing.T, text string) {
	t.Helper()
	got := bodyParagraphs(text)
	var texts []string
	for _, p := range got {
		texts = append(texts, p.text)
		if p.low != asciiLower(p.text) {
			t.Errorf("paragraph %q: low %q, want %q", p.text, p.low, asciiLower(p.text))
		}
	}
	if want := bodyParagraphsByToLower(text); !slices.Equal(texts, want) {
		t.Errorf("bodyParagraphs(%q)\n got %q\nwant %q", text, texts, want)
	}
}

var paragraphCases = []string{
	// a log's entry with no speaker before its colon once read past the label's end
	"21:48 | X | : more than 3,000 soldiers killed\n▶ 17:58 : none\n(11:40) \n(1:x:15) What the spy agency told lawmakers in September",
	// the twentieth round's: a timeline, the source a box's heading names, a table under a counting header
	"THE NUMBERS, AS ESTIMATED BY SEOUL'S NIS\n| Date of briefing | Troops in Russia | Of which killed |\n| Nov 4, 2024 | 1,200 (first | at least 2 |\n| x | ( | (",
	"Figure | Who says so | When\n\"Close to 2,500\" killed | NIS | Jan 2025\nas estimated by\nWhat the told",
	"[FACT BOX] N. Korean troops in Russia: what the NIS told lawmakers\nKilled in action : about 100\nOct. 2024 - first 1,500 shipped\nDecember 19, 2024 — 7.30pm\n- Apr. 2025: about 4,700 killed\nThe force, by NIS estimate",
	"", "\n", "  Lead paragraph.  \n\nRead also\nOther story\nBody 11,000 troops.",
	"Şeful a spus. Kim is a journalist at Yonhap\nKim İs a journalist\n\u212Aim is a reporter.",
	"© 2024 Reuters\nEDITORS’ PICKS\nEditors’ Picks\n\u00a0Text with no-break spaces.\u00a0",
	"| Date | Figure | Source |\n|---|---|---|\n| Nov 13, 2024 | more than 10,000 troops | NIS |",
	// the fifteenth and sixteenth rounds' shapes: labels with asides and
	// sources in brackets, a box's source line, an "Item | Estimate" table
	"Troops sent (since Oct. 2024): about 11,000\nMonths in combat: 2-3\nReinforcements (NIS, Feb: about 3,000\n() :\nSource: NIS",
	"| Item | Estimate | Source |\n| --- | --- | --- |\n| Soldiers captured by Ukraine | 2 | Ukraine, January 2025 |\n| | | (",
	"• 2 — soldiers captured by Ukraine, January 2025 (Ukraine)\n▶ Related (Dec. 17)\n► x.",
	"Troops sent (NIS, April) ........ about 15,000\n.... 2\nx ....\nKilled .... . ..",
	// the fourteenth round's shapes: a bar-less box whose rows name their count, a "Who says" table
	"FACT BOX: by the numbers\nKilled | about 2,000 | NIS estimate, Sept. 2\nTroops sent | | 15,000\nCaptured | 2 |",
	"Date | Who says | Figure\nDec 2024 | Pentagon | 11,000–12,000 troops\n| Jan 2025 | | ",
	"Troops [1] were sent.[citation needed]\n6. ^ \"Headline\". Retrieved 2024.",
	"Related\n- one\n- two\nMore on this story\n- a headline\nProse after the list, at last.",
	"invalid \xff byte. Another line\r\nwith CRLF.\r\n",
	// the thirteenth round's shapes: a "by the numbers" list, bars without
	// a figure, a table of estimates by source
	"By the numbers, per the NIS:\n- **~15,000:** North Korean troops sent.\n- **2:**\n**:** x\n- ~:\n- **1,2.3** no colon",
	"Date | Who | What they said\nDec 23 | Zelensky | more than 3,000 killed\n| Figure | Estimate | Source |\n| Killed | about 600 | NIS |",
}

func TestBodyParagraphsAsByToLower(t *testing.T) {
	for _, c := range paragraphCases {
		checkParagraphs(t, c)
	}
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "articles"))
	if len(dirs) == 0 {
		t.Fatal("no evaluation sets in ../testdata")
	}
	for _, dir := range dirs {
		for _, a := range loadCorpusIn(t, filepath.Dir(dir)) {
			checkParagraphs(t, a.doc.Text)
		}
	}
}

func FuzzBodyParagraphs(f *testing.F) {
	for _, c := range paragraphCases {
		f.Add(c)
	}
	f.Fuzz(checkParagraphs)
}

func TestPrefixIndexAsHasAnyPrefix(t *testing.T) {
	lists := [][]string{furniturePrefixes, leadIns, {"", "x"}, nil}
	lines := []string{"", "r", "read also: x", "related", "©2024", "editors’ picks", "share this", "x", "the troops"}
	for _, l := range lists {
		ix := newPrefixIndex(l)
		for _, s := range lines {
			if got, want := ix.any(s), hasAnyPrefix(s, l); got != want {
				t.Errorf("any(%q) over %q = %v, want %v", s, l, got, want)
			}
		}
	}
}
