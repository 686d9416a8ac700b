package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// discordReplyEmbeds renders a Reply as at most ten embeds within Discord's
// 6000-character total: one for the title and lines, one per alert.
func discordReplyEmbeds(r Reply) []*discordgo.MessageEmbed {
	var out []*discordgo.MessageEmbed
	used := 0
	if r.Title != "" || len(r.Lines) > 0 || len(r.Alerts) == 0 {
		e := discordLinesEmbed(r)
		out = append(out, e)
		used = discordEmbedSize(e)
	}
	alerts := r.Alerts
	if room := discordMaxEmbeds - len(out); len(alerts) > room {
		alerts = alerts[:room]
	}
	for i, a := range alerts {
		// Share what is left evenly among the alerts still to come.
		budget := (discordMaxTotal - used) / (len(alerts) - i)
		e := discordAlertEmbed(a, budget)
		if discordEmbedSize(e) > discordMaxTotal-used {
			break
		}
		out = append(out, e)
		used += discordEmbedSize(e)
	}
	if shown := len(out) - discordBoolInt(r.Title != "" || len(r.Lines) > 0); shown < len(r.Alerts) && len(out) > 0 {
		note := fmt.Sprintf("%d of %d alerts shown.", shown, len(r.Alerts))
		if used+len(note) <= discordMaxTotal {
			out[0].Footer = &discordgo.MessageEmbedFooter{Text: note}
		}
	}
	return out
}

func discordBoolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func discordLinesEmbed(r Reply) *discordgo.MessageEmbed {
	lines := make([]string, 0, len(r.Lines))
	for _, l := range r.Lines {
		lines = append(lines, discordEscape(l))
	}
	desc := strings.Join(lines, "\n")
	if desc == "" && r.Title == "" {
		desc = "Nothing to show."
	}
	// Leave room for the alerts that follow this embed.
	limit := discordMaxDescription
	if len(r.Alerts) > 0 {
		limit = discordMaxDescription / 2
	}
	return &discordgo.MessageEmbed{
		Title:       discordClip(discordEscape(discordOneLine(r.Title)), discordMaxTitle),
		Description: discordClip(desc, limit),
		Color:       discordColorReply,
	}
}
