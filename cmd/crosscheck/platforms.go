package main

import (
	"context"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/bot"
)

// platform is a chat platform the bot talks on.
type platform interface {
	bot.Notifier
	Run(ctx context.Context, h bot.Handler) error
}

// platforms builds the chat platforms whose tokens are in the environment.
func (d *daemon) platforms(ctx context.Context, kv bot.KV) ([]platform, error) {
	var ps []platform
	if token := d.getenv("TELEGRAM_BOT_TOKEN"); token != "" {
		tc := d.cfg.Telegram
		tg, err := bot.NewTelegram(ctx, bot.TelegramOptions{
			Token:        token,
			Channel:      tc.Channel,
			Admins:       tc.Admins,
			APIEndpoint:  tc.APIEndpoint,
			LinkPreviews: tc.LinkPreviews,
			KV:           kv,
			Log:          d.log,
		})
		if err != nil {
			return nil, fmt.Errorf("telegram: %w", err)
		}
		ps = append(ps, tg)
	}
	if token := d.getenv("DISCORD_BOT_TOKEN"); token != "" {
		dc, err := bot.NewDiscord(bot.DiscordOptions{
			Token:        token,
			Guilds:       d.cfg.Discord.Guilds,
			APIBase:      d.cfg.Discord.APIBase,
			AdminChannel: d.cfg.Discord.AdminChannel,
			Log:          d.log.With("platform", "discord"),
		})
		if err != nil {
			return nil, fmt.Errorf("discord: %w", err)
		}
		ps = append(ps, dc)
	}
	return ps, nil
}
