using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sajag.Content;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Game.Live;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Who is in a session: a facilitator creates it, players join it by code and are known by their token after.</summary>
public sealed class LiveAdmission(SajagDb db, PackCatalog catalog, TimeProvider clock, LiveMemory memory, PlayerAdmissions admissions)
{
    private ContentPack Pack => catalog.Pack;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<LiveSession> CreateAsync(string facilitatorId, CreateSession request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Only a school of the facilitator's own organisation.
        if (!await db.SchoolsOf(facilitatorId).AnyAsync(s => s.Id == request.SchoolId, cancel))
        {
            throw new LiveException("live.create.school");
        }

        if (request.TimerSeconds is { } t && t is not (20 or 30 or 60))
        {
            throw new LiveException("live.create.timer");
        }

        if (SessionNames.Clean(request.Name).Length > SessionNames.MaxLength)
        {
            throw new LiveException("live.create.name");
        }

        if (request.KnowledgeCheck && request.Mode != SessionMode.PhoneEach)
        {
            // The before/after check counts young people one by one: a group's device or a show of hands cannot.
            throw new LiveException("live.create.check");
        }

        var deck = DeckOf(request);

        var session = new LiveSession
        {
            Id = Guid.NewGuid(),
            Code = await NewCodeAsync(cancel),
            FacilitatorId = facilitatorId,
            SchoolId = request.SchoolId,
            Mode = request.Mode,
            Language = Pack.Info.Languages.Contains(request.Language) ? request.Language : "bn",
            TimerSeconds = request.TimerSeconds,
            SpeedBonus = request.SpeedBonus,
            Deck = string.Join(',', deck.Cards.Select(c => c.Id)),
            PackVersion = Pack.Info.Version,
            Phase = LivePhase.Lobby,
            CreatedAt = Now,
            Version = Guid.NewGuid(),
            KnowledgeCheck = request.KnowledgeCheck,
            CheckItems = request.KnowledgeCheck ? string.Join(',', KnowledgeCheckService.ChooseItems(Pack, deck)) : "",
            // A show of hands ranks no one.
            Podium = request.Podium && request.Mode != SessionMode.ProjectorOnly,
            Name = SessionNames.Clean(request.Name),
        };
        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(cancel);
        return session;
    }

    // The cards: a ready-made deck in its order, the cards picked in the pack's order, or a shuffle from the topics.
    private Deck DeckOf(CreateSession request)
    {
        if (request.Preset is { } preset)
        {
            var ready = Pack.FindPreset(preset) ?? throw new LiveException("live.create.preset");
            return new Deck(ready.Cards.Select(id => Pack.Cards.First(c => c.Id == id)).ToList(), 0);
        }

        if (request.Picked is { } picked)
        {
            var chosen = picked.ToHashSet(StringComparer.Ordinal);
            var cards = Pack.Cards.Where(c => chosen.Contains(c.Id)).ToList();
            return cards.Count == 0 || cards.Count != chosen.Count ? throw new LiveException("live.create.pick") : new Deck(cards, 0);
        }

        try
        {
            return DeckBuilder.Build(Pack, new DeckRequest(request.Cards, RandomNumberGenerator.GetInt32(int.MaxValue), request.Topics));
        }
        catch (DeckException)
        {
            throw new LiveException("live.create.deck");
        }
    }

    /// <summary>
    /// A new session like one of the facilitator's past ones: the same name, school, cards in the same order and
    /// settings, with a new code. Nothing of the past session's players or answers comes with it.
    /// </summary>
    public async Task<LiveSession> DuplicateAsync(string facilitatorId, Guid sessionId, CancellationToken cancel = default)
    {
        var past = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, cancel)
            ?? throw new LiveException("live.session.unknown");
        if (!await db.SchoolsOf(facilitatorId).AnyAsync(s => s.Id == past.SchoolId, cancel))
        {
            throw new LiveException("live.create.school");
        }

        // The pack may have changed since: a card it no longer has cannot be played again.
        var cards = past.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => Pack.Cards.FirstOrDefault(c => c.Id == id)).ToList();
        if (cards.Count == 0 || cards.Any(c => c is null))
        {
            throw new LiveException("live.session.pack");
        }

        var session = new LiveSession
        {
            Id = Guid.NewGuid(),
            Code = await NewCodeAsync(cancel),
            FacilitatorId = facilitatorId,
            SchoolId = past.SchoolId,
            Name = past.Name,
            Mode = past.Mode,
            Language = past.Language,
            TimerSeconds = past.TimerSeconds,
            SpeedBonus = past.SpeedBonus,
            Deck = past.Deck,
            PackVersion = Pack.Info.Version,
            Phase = LivePhase.Lobby,
            CreatedAt = Now,
            Version = Guid.NewGuid(),
            KnowledgeCheck = past.KnowledgeCheck,
            CheckItems = past.KnowledgeCheck ? string.Join(',', KnowledgeCheckService.ChooseItems(Pack, new Deck(cards.OfType<Sajag.Content.Card>().ToList(), 0))) : "",
            WordCloud = past.WordCloud,
            Podium = past.Podium,
        };
        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(cancel);
        return session;
    }

    // Six digits, unique among the sessions that are still open.
    private async Task<string> NewCodeAsync(CancellationToken cancel)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.LiveSessions.AnyAsync(s => s.Code == code && s.Phase != LivePhase.Ended, cancel))
            {
                return code;
            }
        }
    }

    public async Task<JoinResult> JoinAsync(JoinRequest request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Sajag.Safety.Normalise.Digits.ToAscii(request.Code ?? "").Trim();
        var session = code.Length == 6 ? memory.RowByCode(code) ?? await OpenSessionAsync(code, cancel) : null;
        if (session is null)
        {
            throw new LiveException("live.join.code");
        }

        if (session.Locked)
        {
            throw new LiveException("live.join.locked");
        }

        if (session.Mode == SessionMode.ProjectorOnly)
        {
            throw new LiveException("live.join.projector");
        }

        var members = 1;
        if (session.Mode == SessionMode.Group)
        {
            if (request.Members is not (>= 1 and <= 20))
            {
                throw new LiveException("live.join.members");
            }

            members = request.Members.Value;
        }

        string nickname;
        if (string.IsNullOrWhiteSpace(request.Nickname))
        {
            nickname = Nicknames.Generate(session.Language);
        }
        else
        {
            nickname = Nicknames.Clean(request.Nickname);
            if (Nicknames.Refusal(nickname) is { } refusal)
            {
                throw new LiveException(refusal);
            }
        }

        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var player = new LivePlayer
        {
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            TokenHash = Hash(token),
            Nickname = nickname,
            Members = members,
            JoinedAt = Now,
        };
        // Saved with the other players joining at this moment, in one transaction.
        await admissions.AddAsync(player, cancel);
        return new JoinResult(token, player.Id, nickname, session.Id, session.Language);
    }

    // The open session with this code, read and (on the instance that owns its sessions) kept for the next joins.
    private async Task<LiveSession?> OpenSessionAsync(string code, CancellationToken cancel)
    {
        var changes = memory.Changes;
        var readAt = Now;
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.Phase != LivePhase.Ended, cancel);
        if (session is not null)
        {
            memory.KeepRow(changes, session, readAt);
        }

        return session;
    }

    /// <summary>The player a token belongs to, while the player is not removed.</summary>
    public async Task<LivePlayer> IdentifyAsync(string token, CancellationToken cancel = default)
    {
        var hash = Hash(token ?? "");
        // A phone connecting right after its join: the row just saved, not read again.
        var player = memory.TakeAdmitted(hash) ?? await db.LivePlayers.AsNoTracking().FirstOrDefaultAsync(p => p.TokenHash == hash, cancel)
            ?? throw new LiveException("live.player.unknown");
        return player.Removed ? throw new LiveException("live.player.removed") : player;
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
