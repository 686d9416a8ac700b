package bot

import (
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Permission bits as Discord defines them.
const (
	discordManageServer   int64 = discordgo.PermissionManageGuild // 0x20
	discordManageChannels int64 = discordgo.PermissionManageChannels
)

// discordCommands is what Run registers. /feed and /status are for admins:
// Discord hides them from members without Manage Server, and the handlers
// check again on use (Command.Admin), because server admins can change who
// sees a command.
func discordCommands() []*discordgo.ApplicationCommand {
	manageServer, manageChannels := discordManageServer, discordManageChannels
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	channel := func(verb string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionChannel, Name: "channel",
			Description:  "Channel to " + verb + " (default: this one)",
			ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
		}
	}
	feedArg := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionString, Name: "feed", Required: true,
		Description: "Feed name or URL, as /feed list shows it",
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	return []*discordgo.ApplicationCommand{
		{Name: "latest", Description: "The newest articles and the figures they report", Options: []*discordgo.ApplicationCommandOption{{
			Type: discordgo.ApplicationCommandOptionInteger, Name: "n", Description: "How many articles (1-10)",
			MinValue: discordPtr(1.0), MaxValue: 10,
		}}},
		{Name: "figures", Description: "The latest figure from each source", Options: []*discordgo.ApplicationCommandOption{{
			Type: discordgo.ApplicationCommandOptionString, Name: "metric", Description: "Only this kind of figure",
			Choices: discordMetricChoices(),
		}}},
		{Name: "conflicts", Description: "Recent reports that disagree"},
		{Name: "status", Description: "Feeds, their health and the alert queue",
			DefaultMemberPermissions: &manageServer, Contexts: guildOnly},
		{Name: "help", Description: "What crosscheck does and its commands"},
		{Name: "subscribe", Description: "Post alerts about conflicting figures in a channel",
			DefaultMemberPermissions: &manageChannels, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{channel("post alerts in")}},
		{Name: "unsubscribe", Description: "Stop posting alerts in a channel",
			DefaultMemberPermissions: &manageChannels, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{channel("stop alerts in")}},
		{Name: "feed", Description: "Manage the news feeds crosscheck follows",
			DefaultMemberPermissions: &manageServer, Contexts: guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				sub("add", "Follow a new feed",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "RSS, Atom or JSON Feed URL", Required: true},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "Short name (default: from the URL)"}),
				sub("remove", "Stop following a feed", feedArg),
				sub("list", "The feeds and their health"),
				sub("pause", "Stop polling a feed for now", feedArg),
				sub("resume", "Poll a paused feed again", feedArg),
			}},
	}
}

func discordPtr[T any](v T) *T { return &v }

func discordMetricChoices() []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, len(claims.Metrics))
	for _, m := range claims.Metrics {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: string(m), Value: string(m)})
	}
	return out
}

// discordCommand turns a slash command interaction into a Command:
//
//	/latest n:3              → latest ["3"]
//	/figures metric:killed   → figures ["killed"]
//	/subscribe channel:#news → subscribe [], Target.ChatID = #news
//	/feed add url:U name:N   → feed ["add", U, N]   (name left out when not given)
//	/feed remove feed:F      → feed ["remove", F]; likewise pause, resume
//	/feed list               → feed ["list"]
func discordCommand(i *discordgo.Interaction) Command {
	data := i.ApplicationCommandData()
	c := Command{
		Name:   data.Name,
		Target: Target{Platform: "discord", ChatID: i.ChannelID, GuildID: i.GuildID},
	}
	if u := discordUser(i); u != nil {
		c.UserID, c.UserName = u.ID, u.Username
	}
	if i.Member != nil {
		p := i.Member.Permissions
		c.Admin = p&discordManageServer != 0 || p&discordgo.PermissionAdministrator != 0
	}
	for _, o := range data.Options {
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand:
			c.Args = append(c.Args, o.Name)
			c.Args = append(c.Args, discordSubArgs(data.Name, o)...)
		case discordgo.ApplicationCommandOptionChannel:
			// The chosen channel is where subscriptions go.
			if id, ok := o.Value.(string); ok && id != "" {
				c.Target.ChatID = id
			}
		default:
			c.Args = append(c.Args, discordOptionText(o))
		}
	}
	return c
}

func discordUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

func discordOptionText(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64: // JSON numbers, integers included
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	}
	return fmt.Sprint(o.Value)
}

// discordSubArgs lists a subcommand's options in the order they are
// declared (url before name), whatever order the user typed them in.
func discordSubArgs(cmd string, sub *discordgo.ApplicationCommandInteractionDataOption) []string {
	given := map[string]string{}
	for _, o := range sub.Options {
		given[o.Name] = discordOptionText(o)
	}
	var args []string
	for _, def := range discordCommands() {
		if def.Name != cmd {
			continue
		}
		for _, s := range def.Options {
			if s.Name != sub.Name {
				continue
			}
			for _, o := range s.Options {
				if v, ok := given[o.Name]; ok {
					args = append(args, v)
				}
			}
		}
	}
	return args
}
