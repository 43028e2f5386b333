package annotator

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/wording"
)

// The notice after a version saved elsewhere is taken in names what
// changed, claim by claim, each with a link that opens the claim and
// scrolls to it: what the other side added or changed, and what both
// sides edited (the newer edit applies; the other is kept on the claim,
// in its editor).

// mergeNoticeKey is the key of the notice of a take-in from another
// device.
const mergeNoticeKey = "sync-merged"

// maxNoticeItems bounds the claims a notice lists one by one.
const maxNoticeItems = 20

// showTakeIn tells the user what a take-in brought; undoable: Undo puts
// this page's versions back. Without a report (sets brought back from the
// server, a version the user picked) the caller says what happened.
func (p *Annotator) showTakeIn(ctx app.Context, ch events.Change, undoable bool) {
	if (ch.Report == nil || !ch.Report.Changed()) && !undoable {
		p.say("Took in changes saved elsewhere.")
		return
	}
	where, another := "the other device", "another device"
	n := notice.Notice{Key: mergeNoticeKey, Level: notice.Info, Title: "Updated with changes saved on another device"}
	if ch.From == events.FromTab {
		where, another = "the other tab", "another tab"
		n.Key, n.Title = externalNoticeKey, "Updated with changes made in another tab"
	}
	if rep := ch.Report; rep != nil {
		if rep.Conflicts() > 0 && ch.From == events.FromDevice {
			n.Title = "Merged with changes from another device"
		}
		n.Text = mergeSummary(*rep, another)
		n.Items = p.mergeItems(*rep, where)
	}
	if undoable {
		n.Text += " Undo (Ctrl+Z) puts your versions back where the other device’s replaced them; theirs stay on the claims."
	}
	n.Text = strings.TrimSpace(n.Text)
	notice.Show(ctx, n)
	p.say(n.Title + ".")
}

// mergeSummary is the notice's sentence: how many claims came from the
// other side (where: "another device"), how many were edited on both.
func mergeSummary(rep annotate.MergeReport, where string) string {
	var parts []string
	switch n := rep.FromTheirs(); n {
	case 0:
	case 1:
		parts = append(parts, "Merged 1 claim from "+where+".")
	default:
		parts = append(parts, fmt.Sprintf("Merged %d claims from %s.", n, where))
	}
	switch n := rep.Conflicts(); n {
	case 0:
	case 1:
		parts = append(parts, "1 claim was edited on both: the newer edit applies, the other is kept on the claim — pick one in its editor.")
	default:
		parts = append(parts, fmt.Sprintf("%d claims were edited on both: the newer edit of each applies, the other is kept on the claim — pick one in its editor.", n))
	}
	for _, name := range rep.SpeakerConflicts {
		parts = append(parts, fmt.Sprintf("Speaker “%s” was edited on both: this browser’s values apply, the other name is kept as an alias.", name))
	}
	if len(parts) == 0 && rep.Speakers > 0 {
		parts = append(parts, "Merged speaker changes from "+where+".")
	}
	return strings.Join(parts, " ")
}

// mergeItems lists the claims a merge changed, each with its link.
func (p *Annotator) mergeItems(rep annotate.MergeReport, where string) []notice.Item {
	var items []notice.Item
	for i, c := range rep.Claims {
		if i == maxNoticeItems {
			items = append(items, notice.Item{Text: fmt.Sprintf("…and %d more claims.", len(rep.Claims)-i)})
			break
		}
		it := notice.Item{Key: c.ID, Text: "“" + wording.Clip(c.Quote, 60) + "”: " + changeText(c, where)}
		if c.Change != annotate.ChangeDeleted {
			id := c.ID
			it.Link, it.Run = "Show", func(ctx app.Context) { p.showClaim(ctx, id) }
		}
		items = append(items, it)
	}
	return items
}

// changeText says what a merge did with one claim.
func changeText(c annotate.ClaimMerge, where string) string {
	switch c.Change {
	case annotate.ChangeAdded:
		return "added on " + where + "."
	case annotate.ChangeDeleted:
		return "deleted on " + where + "."
	case annotate.ChangeKept:
		if c.DeletedHere {
			return "deleted here but edited on " + where + ": kept, and marked deleted here."
		}
		return "deleted on " + where + " but edited here: kept, and marked deleted there."
	case annotate.ChangeConflict:
		both := append(append([]annotate.ClaimField(nil), c.Won...), c.Lost...)
		msg := fieldList(both) + " edited on both"
		switch {
		case len(c.Lost) == 0:
			msg += ": " + where + "’s newer edit applies, yours is kept on the claim."
		case len(c.Won) == 0:
			msg += ": your newer edit applies, " + where + "’s is kept on the claim."
		default:
			msg += ": the newer edit of each applies, the other is kept on the claim."
		}
		if len(c.Fields) > 0 {
			msg += " " + wording.UpperFirst(fieldList(c.Fields)) + " changed on " + where + "."
		}
		return msg
	}
	if len(c.Fields) == 0 {
		return "its other versions were settled or added on " + where + "."
	}
	return fieldList(c.Fields) + " changed on " + where + "."
}

// fieldList names fields for people: "note", "kind and tags".
func fieldList(fs []annotate.ClaimField) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = fieldLabel(f)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// fieldLabel is a claim field's name in the editor.
func fieldLabel(f annotate.ClaimField) string {
	switch f {
	case annotate.FieldSpan:
		return "place in the text"
	case annotate.FieldAttribution:
		return "attribution type"
	case annotate.FieldDeleted:
		return "deletion"
	}
	return string(f)
}

// showClaim opens a claim, scrolls to it, and moves the focus to its
// versions (else to its row in the list): the notice's links.
func (p *Annotator) showClaim(ctx app.Context, id string) {
	if p.h == nil || !p.Mounted() {
		return // the notice outlived the page
	}
	if _, ok := p.h.Set().Claim(id); !ok {
		p.say("That claim is no longer in the set.")
		return
	}
	p.openClaim(id)
	p.scrollToClaim(ctx, id)
	p.Update()
	browser.AfterPaint(ctx, func(app.Context) { // the editor is drawn by then
		if !p.Mounted() {
			return
		}
		if browser.Obj(browser.Query("#claim-versions button")) {
			browser.Focus("#claim-versions button")
			return
		}
		browser.Focus("#claims-list button.claim-row[data-claim-id=" + browser.CSSString(id) + "]")
	})
}
