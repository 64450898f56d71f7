using System.Text;
using System.Text.RegularExpressions;
using Sajag.Safety.Chats;
using Sajag.Safety.Lexicons;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Check;

/// <summary>One warning sign found in one message.</summary>
/// <param name="Code">The sign's code (SIGNS.md).</param>
/// <param name="Message">The message's index in the chat, from 0.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Text">The message as written.</param>
/// <param name="Cue">The words in it that showed the sign.</param>
/// <param name="Explanation">The key of the plain explanation of why this sign matters (<see cref="CheckTexts"/>).</param>
public sealed record SignFinding(string Code, int Message, string? Author, string Text, string Cue, string Explanation);

/// <summary>What the check found in a chat.</summary>
/// <param name="Chat">The chat as read (its format, participants and number of messages).</param>
/// <param name="Me">The young person, or null when the chat names nobody.</param>
/// <param name="Level">The conversation's level.</param>
/// <param name="Signs">The signs found, in message order: all of them, or the first 500 of a chat with more.</param>
/// <param name="Stages">The grooming stages (and bullying, self-harm) seen, in the order they first appear.</param>
/// <param name="Advice">What to do now, as advice keys, most urgent first.</param>
public sealed record CheckResult(StreamedChat Chat, string? Me, Level Level, IReadOnlyList<SignFinding> Signs, IReadOnlyList<string> Stages, IReadOnlyList<string> Advice)
{
    /// <summary>The distinct sign codes found (in all the chat, not only the signs listed).</summary>
    public IReadOnlySet<string> Codes { get; init; } = Signs.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many signs were found in all; more than <see cref="Signs"/> holds when the chat has more than 500.</summary>
    public int SignsFound { get; init; } = Signs.Count;
}

/// <summary>
/// The conversation check: finds the warning signs of SIGNS.md in each message written by someone other than the young
/// person, with the context that tells grooming from family, teachers and friends, and combines them into a level.
/// </summary>
public static partial class ConversationCheck
{
    private const int Window = 8;

    private static readonly Dictionary<string, int> SignOrder = Signs.All.Select((code, at) => (code, at)).ToDictionary(p => p.code, p => p.at, StringComparer.Ordinal);

    private static readonly string[] RequestSigns = [Signs.ImageRequest, Signs.SexualTalk, Signs.MeetingRequest, Signs.PlatformMove, Signs.SexualContentSent];

    // "ask ammu", "tell my mom", "with abbu": a kin word after these is talked about, not talked to.
    private static readonly HashSet<string> NotVocativeBefore = new(
        new[]
        {
            "ask", "tell", "to", "with", "and", "my", "amar", "ke", "r", "ar", "or", "from", "about", "call", "your", "ur", "tomar", "tor", "her", "his",
            "আমার", "তোমার", "আর", "ও", "এবং", "সাথে",
        }.Select(w => TextNormaliser.Token(w)),
        StringComparer.Ordinal);

    [GeneratedRegex("[\"“”«»][^\"“”«»\\n]{1,80}[\"“”«»]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>Runs the check on <paramref name="chat"/> with <paramref name="me"/> as the young person (null when the chat names nobody).</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled: the work stops at the next message.</exception>
    public static CheckResult Run(Chat chat, string? me, Lexicon? lexicon = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return Run(StreamedChat.Of(chat), me, lexicon, cancellationToken);
    }

    /// <summary>
    /// Runs the check on a streamed chat in two passes over its messages (first what each person's messages say about
    /// them, then the signs), holding only a few messages at a time. <paramref name="cancellationToken"/> stops it
    /// between messages.
    /// </summary>
    public static CheckResult Run(StreamedChat chat, string? me, Lexicon? lexicon = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var run = new Analysis(chat, me, lexicon ?? Lexicon.Default, cancellationToken);
        return run.Result();
    }

    private sealed class View(ChatMessage message, bool isMe, Lexicon lexicon, CancellationToken cancellationToken)
    {
        private Dictionary<string, string?>? _found;
        private NormalisedText? _normalised;

        public ChatMessage Message { get; } = message;

        public bool IsMe { get; } = isMe;

        public bool HasWords => Message.Kind == MessageKind.Text && Message.Text.Length > 0;

        public NormalisedText Normalised => _normalised ??= TextNormaliser.Normalise(IsMe ? Message.Text : Quoted().Replace(Message.Text, m => new string(' ', m.Length)));

        public string? Find(string section)
        {
            if (!HasWords)
            {
                return null;
            }

            // Every lexicon look-up passes here, so a cancelled check stops within one message's work.
            cancellationToken.ThrowIfCancellationRequested();

            // Most sections cannot match a given message (it lacks their words): answered without a look-up to remember.
            if (!lexicon.MayMatch(section, Normalised))
            {
                return null;
            }

            _found ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            if (!_found.TryGetValue(section, out var cue))
            {
                _found[section] = cue = lexicon.Find(section, Normalised);
            }

            return cue;
        }

        public bool Has(string section) => Find(section) is not null;
    }

    /// <summary>What one person's messages say about them, gathered in the first pass.</summary>
    private sealed class Person(string name)
    {
        public string Name { get; } = name;

        public bool Secrecy;
        public bool AdultInLoop;
        public bool Protective;
        public bool ChildClaim;
        public bool Exposure;
        public bool Demand;
        public bool ExposureWithCondition;
        public bool Condition;

        /// <summary>Said they hold something of the young person's ("আমার কাছে আছে", "i still have them"), or sent a photo.</summary>
        public bool Holds;

        /// <summary>The message index of this person's last photo or link.</summary>
        public int LastMaterial = -1;

        /// <summary>The message index of this person's last talk of the young person's body or of their growing up.</summary>
        public int LastBodyTalk = -1;

        /// <summary>The message index of this person's last talk of the young person's body.</summary>
        public int LastBody = -1;

        /// <summary>Talked sexually to the young person: such a contact keeps no leave of family, teacher or parent-in-the-loop.</summary>
        public bool Sexual;

        /// <summary>Named a relative bare, as one the two share ("ফুপি কেমন আছে?", "আম্মুর বিকাশে"), outside any request to hide.</summary>
        public bool SharedKin;

        /// <summary>Asked whether the young person is alone or where the parents are.</summary>
        public bool Isolation;

        /// <summary>Praised the young person's looks, declared love, or asked for a photo of them: courting, not family talk.</summary>
        public bool Courting;

        /// <summary>Wrote a notice to students or parents ("Dear student, your fee is due"): writes as a school or coaching centre.</summary>
        public bool Notice;

        /// <summary>Wrote something the moderation filter reads as a threat (first pass, the first messages of the chat).</summary>
        public bool Threatens;

        /// <summary>Wrote a threat that names the harm: material, an audience, spreading it, a blow.</summary>
        public bool HarmThreat;

        /// <summary>Named something that can be spread: a photo, a video, chats, a secret.</summary>
        public bool Material;

        /// <summary>Named money: taka, bKash, "pay", gift cards.</summary>
        public bool Money;

        /// <summary>Messages hostile to the young person or to someone else: an insult, a threat, exclusion (first pass).</summary>
        public int Hostile;

        /// <summary>Of <see cref="Hostile"/>, those not aimed at a third person.</summary>
        public int HostileToMe;

        /// <summary>Messages with a bare name-calling word and nothing else hostile ("মোটু", "leech", "hathi").</summary>
        public int NameCalls;

        /// <summary>Shut someone out, or name-called or was hostile and laughed in the chat: mocking.</summary>
        public bool Mocks;

        /// <summary>Laughed in a message ("😂", "haha", "lol").</summary>
        public bool Laughs;

    }

    private sealed partial class Analysis
    {
        private readonly StreamedChat _chat;
        private readonly string? _me;
        private readonly Lexicon _lexicon;
        private readonly CancellationToken _cancellationToken;
        private readonly Findings _findings = new(SignOrder);
        private readonly HashSet<string> _family = new(StringComparer.Ordinal);
        private readonly HashSet<string> _adultInLoop = new(StringComparer.Ordinal);
        private readonly HashSet<string> _protective = new(StringComparer.Ordinal);
        private readonly HashSet<string> _childClaim = new(StringComparer.Ordinal);
        private readonly HashSet<string> _blackmail = new(StringComparer.Ordinal);
        private readonly HashSet<string> _roles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _suitors = new(StringComparer.Ordinal);
        private readonly HashSet<string> _bullies = new(StringComparer.Ordinal);
        private readonly HashSet<string> _courting = new(StringComparer.Ordinal);
        private bool _ganging;
        private readonly bool _permission;
        private readonly bool _adultInLoopAnyone;
        private readonly bool _banter;
        private readonly bool _group;
        private readonly bool _distress;

        // Signs that wait for the end of the chat (KeepPending): secrecy (asked by whom, about what), material the young
        // person objected to, "your turn" after a contact's own picture; each kept when its author shows another sign.
        private readonly List<SignFinding> _pending = [];
        private readonly HashSet<int> _secrecyAboutUs = [];

        // Photos or links the young person objected to just after a contact sent them (first pass), and who has sent one so far.
        private readonly HashSet<int> _objectedMaterialAt = [];
        private readonly HashSet<string> _sentMaterial = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);

        // Messages found in the first pass to carry a composed sign (ConversationRules): an exposure threat, and a photo
        // or link the young person then called sexual.
        private readonly HashSet<int> _exposureAt = [];
        private readonly HashSet<int> _namedMaterialAt = [];

        // The grooming signs each contact showed so far, for the visit rule.
        private readonly Dictionary<string, HashSet<string>> _authorSigns = new(StringComparer.Ordinal);

        // Each contact whose claimed age or identity the young person questioned ("you said you were a girl", "tumi na class
        // 10 er meye??"), and the message that did; and those whose next message has been read since.
        private readonly Dictionary<string, int> _challenged = new(StringComparer.Ordinal);
        private readonly HashSet<string> _answeredChallenge = new(StringComparer.Ordinal);

        // When the young person last said no to each contact, whatever was asked (ConditionAfterNo).
        private readonly Dictionary<string, int> _refusedAny = new(StringComparer.Ordinal);

        // The last few messages, for "was the young person just speaking or named?" (TargetsMe).
        private readonly Queue<View> _recent = new();

        public Analysis(StreamedChat chat, string? me, Lexicon lexicon, CancellationToken cancellationToken)
        {
            _chat = chat;
            _me = me;
            _lexicon = lexicon;
            _cancellationToken = cancellationToken;
            _group = chat.Participants.Count(p => p != me) >= 2;
            foreach (var name in chat.Participants)
            {
                _nameKeys[name] = FirstName(name);
            }

            // First pass: what each person's messages say about them.
            var people = new Dictionary<string, Person>(StringComparer.Ordinal);
            bool myInsult = false, myThreat = false, myDistress = false, callsFamily = false, myGame = false;
            var myHarmReads = 0;
            var contactHarmReads = 0;
            var contactGame = 0;

            // The last contact who let slip a grown-up's life ("wife dakse", "salary peye"), and how many messages ago.
            (Person Person, int At)? slip = null;
            string? lastContact = null;
            var at = -1;
            foreach (var message in chat.Messages(cancellationToken))
            {
                at++;
                var view = new View(message, me is not null && message.Author == me, lexicon, cancellationToken);
                _permission |= view.Has("ctx:permission");
                _adultInLoopAnyone |= view.Has("ctx:adult-in-loop") && !view.Has(Signs.Secrecy);
                if (view.IsMe)
                {
                    myInsult |= view.Has(Signs.BullyingInsult);
                    if (!myInsult || !myThreat)
                    {
                        var (insult, threat) = AnswersInKind(view, ref myHarmReads);
                        myInsult |= insult;
                        myThreat |= threat;
                    }

                    myDistress |= view.Has("ctx:distress");
                    myGame |= view.Has("ctx:game");
                    ObjectsToTalk(view, people.Values);
                    callsFamily |= !_group && !callsFamily && CallsFamily(view);
                    NamesMaterial(view, people.Values);

                    // "wife?? tumi na 16?": the young person questions the age the contact claimed, just after the slip.
                    if (slip is { } s && at - s.At <= 3 && view.Has("role:identity-challenge"))
                    {
                        s.Person.ChildClaim = true;
                    }

                    if (lastContact is { Length: > 0 } questioned && view.Has("role:identity-challenge"))
                    {
                        _challenged.TryAdd(questioned, message.Index);
                    }

                    continue;
                }

                var author = message.Author ?? "";
                lastContact = author;
                if (!people.TryGetValue(author, out var person))
                {
                    people[author] = person = new Person(author);
                }

                FirstPassRules(view, person);
                BodyTalkOf(view, person);
                SharedKinOf(view, person);
                ThreatsOf(view, person, ref contactHarmReads);
                contactGame += view.Has("ctx:game") ? 1 : 0;

                person.Secrecy |= view.Has(Signs.Secrecy);
                person.AdultInLoop |= view.Has("ctx:adult-in-loop");
                person.Notice |= view.Has("ctx:notice");
                person.Protective |= view.Has("ctx:protective");
                person.ChildClaim |= view.Has("ctx:child-claim");
                if (view.Has("ctx:adult-life"))
                {
                    slip = (person, at);
                }

                var exposure = view.Has("threat:exposure");
                person.Exposure |= exposure;
                person.Demand |= view.Has("demand");
                person.ExposureWithCondition |= exposure && (view.Has("threat:condition") || view.Has("demand"));
            }

            foreach (var (author, person) in people)
            {
                // Whoever talks sexually to the young person has no leave of family, of a teacher's role or of a parent in the loop.
                var leave = !person.Sexual;
                if (leave && (lexicon.Find("ctx:family", TextNormaliser.Normalise(author)) is not null || (callsFamily && me is not null) || KinOnly(author)
                    || (person.SharedKin && !person.Secrecy && !person.Isolation && !person.Courting && KinNamed(author))))
                {
                    _family.Add(author);
                }

                // A teacher or coach asking which class is doing their job; one who asks to keep it hidden is not. So is whoever
                // writes a notice to students or parents, saved under whatever name.
                if (leave && (lexicon.Find("ctx:role", TextNormaliser.Normalise(author)) is not null || person.Notice) && !person.Secrecy)
                {
                    _roles.Add(author);
                }

                if (leave && !person.Secrecy && person.AdultInLoop)
                {
                    _adultInLoop.Add(author);
                }

                if (person.Protective)
                {
                    _protective.Add(author);
                }

                if (person.ChildClaim)
                {
                    _childClaim.Add(author);
                }

                if (person.Courting)
                {
                    _courting.Add(author);
                }

                // Blackmail is made of a threat, something of the young person's that can be spread, and a price (money, or
                // more photos): whichever messages carry each part, when one known author wrote them all (the lines of a chat
                // pasted without names may be anyone's).
                var composed = author.Length > 0 && (person.Courting ? person.HarmThreat : person.Threatens) && (person.Material || person.Holds)
                    && (person.Money || person.Demand);
                if (person.ExposureWithCondition || (person.Exposure && (person.Demand || person.Condition)) || composed)
                {
                    _blackmail.Add(author);
                }
                else if (person.Courting || person.Demand)
                {
                    _suitors.Add(author);
                }
            }

            // Answering in kind (an insult or a threat back) with no distress is mutual teasing or game talk.
            // So is playing one game together: the young person talks of the match and a contact does more than once.
            _banter = (myInsult || myThreat || (myGame && contactGame >= 2)) && !myDistress;
            _distress = myDistress;
            Bullies(people.Values);
        }

        public CheckResult Result()
        {
            var lastRequest = new Dictionary<string, (int Index, HashSet<string> Codes)>(StringComparer.Ordinal);
            var refused = new Dictionary<string, (int Index, HashSet<string> Codes)>(StringComparer.Ordinal);

            // Who wrote last, and when: a no answers them even when what they asked is not a sign (a password, a number).
            var lastSpoke = new Dictionary<string, int>(StringComparer.Ordinal);
            var i = -1;
            foreach (var message in _chat.Messages(_cancellationToken))
            {
                i++;
                var view = new View(message, _me is not null && message.Author == _me, _lexicon, _cancellationToken);
                if (view.IsMe || (_me is null && view.Message.Author is null))
                {
                    if (view.Find(Signs.SelfHarmRisk) is { } cue)
                    {
                        Add(Signs.SelfHarmRisk, view, cue);
                    }

                    if (view.IsMe && view.Has("refusal"))
                    {
                        foreach (var (contact, request) in lastRequest)
                        {
                            if (i - request.Index <= Window)
                            {
                                refused[contact] = (i, request.Codes);
                            }
                        }

                        foreach (var (contact, spoke) in lastSpoke)
                        {
                            if (i - spoke <= Window)
                            {
                                _refusedAny[contact] = i;
                            }
                        }
                    }

                    if (view.IsMe)
                    {
                        Remember(view);
                        continue;
                    }
                }

                var before = _findings.In(view.Message.Index).Count;
                NamedMaterial(view);
                SentMaterial(view);
                BodyTalk(view);
                Contact(i, view, refused);
                var author = view.Message.Author ?? "";
                lastSpoke[author] = i;
                if (_findings.In(view.Message.Index).Count > before)
                {
                    var requests = _findings.In(view.Message.Index).Skip(before).Select(f => f.Code).Where(RequestSigns.Contains).ToHashSet(StringComparer.Ordinal);
                    if (requests.Count > 0)
                    {
                        lastRequest[author] = (i, requests);
                    }
                }

                Remember(view);
            }

            KeepPending();
            var level = Signs.LevelOf(_findings.Codes, _findings.InsultMessages);
            var codes = _findings.Codes.ToHashSet(StringComparer.Ordinal);
            return new CheckResult(_chat, _me, level, _findings.Kept, _findings.Stages, Advice.For(level, codes))
            {
                Codes = codes,
                SignsFound = _findings.Count,
            };
        }

        private void Remember(View view)
        {
            _recent.Enqueue(view);
            if (_recent.Count > 3)
            {
                _recent.Dequeue();
            }
        }

        private static int IndexOf(string code) => SignOrder.TryGetValue(code, out var at) ? at : -1;

        private void Add(string code, View view, string cue, string? explanation = null)
        {
            if (_findings.Add(new SignFinding(code, view.Message.Index, view.Message.Author, view.Message.Text, cue, explanation ?? "sign." + code)) && view.Message.Author is { } author)
            {
                if (!_authorSigns.TryGetValue(author, out var codes))
                {
                    _authorSigns[author] = codes = new HashSet<string>(StringComparer.Ordinal);
                }

                codes.Add(code);
            }
        }

        private void Contact(int i, View view, Dictionary<string, (int Index, HashSet<string> Codes)> refused)
        {
            if (!view.HasWords)
            {
                return;
            }

            var author = view.Message.Author ?? "";
            var family = _family.Contains(author);
            var open = _adultInLoop.Contains(author);
            var protective = _protective.Contains(author);

            // A teacher, coach or school office asking which class or when school ends is doing their job.
            if (!family && !open && !_roles.Contains(author) && view.Find(Signs.PersonalInfoRequest) is { } info)
            {
                Add(Signs.PersonalInfoRequest, view, info);
            }

            // A parent asking if the child is alone protects; so does anyone who wants the parent reached or the child kept company.
            // In a group, "will anyone be home?" among friends coming over is planning; an isolation check singles the young person out by name.
            if (!family && !open && !protective && (!_group || NamesMe(view)) && view.Find(Signs.IsolationCheck) is { } alone)
            {
                Add(Signs.IsolationCheck, view, alone);
            }
            else if (!family && !open && !protective && !_group && !_roles.Contains(author) && view.Message.Text.Contains('?', StringComparison.Ordinal)
                && (view.Find("role:alone") ?? (view.Find("role:parents") is { } parents && view.Has("role:away") ? parents : null)) is { } asked)
            {
                // A question of whether the young person is by themselves ("room e eka?", "do u have ur own room?") or whether
                // the parents are away or asleep ("tor abbu ammu ghumaise?", "ammu abbu ki kal office e?"), whatever its words.
                Add(Signs.IsolationCheck, view, asked, ConversationRules.AloneAsked);
            }

            // A surprise for someone's birthday is a kind secret; hiding the chat from parents is not. A parent, grandparent or
            // sibling keeping a present or a purchase from the other parent is family life. Whether what is hidden is the
            // contact itself is settled at the end of the chat (KeepSecrecy).
            if (!protective && !family && view.Find("secrecy:threat") is { } silenced)
            {
                Add(Signs.Secrecy, view, silenced);
            }
            else if (!protective && !family && !view.Has("ctx:surprise") && view.Find(Signs.Secrecy) is { } secret)
            {
                Secrecy(view, secret);
            }

            if (!family && view.Find(Signs.Flattery) is { } flattery && !(view.Has("ctx:work-praise") && !view.Has("ctx:looks")))
            {
                Add(Signs.Flattery, view, flattery);
            }

            if (!family && view.Find(Signs.LoveBombing) is { } love)
            {
                Add(Signs.LoveBombing, view, love);
            }
            else if (!family && !_banter && !_group && view.Find("role:love") is { } declared && view.Has("role:unique") && !Negated(view, declared))
            {
                // Love declared and said to be like no other ("emon kauke age paini", "একমাত্র ভালোবাসা", "tumi chara keu
                // bujhe na"), whatever words carry each part.
                Add(Signs.LoveBombing, view, declared, ConversationRules.LoveUnique);
            }

            if (!family && !open && view.Find(Signs.GiftsMoney) is { } gift)
            {
                Add(Signs.GiftsMoney, view, gift);
            }

            if (!family && !_adultInLoopAnyone && view.Find(Signs.PlatformMove) is { } platform)
            {
                Add(Signs.PlatformMove, view, platform);
            }
            else if (!family && !_adultInLoopAnyone && !_roles.Contains(author) && view.Find("role:app") is { } app && view.Has("role:app-private"))
            {
                // An app named with a reason that is about not being seen ("whatsapp e ammu dekhe, telegram e account khul",
                // "a private discord server just for us two", "ekhane kotha bola safe na"): the move, whatever verb asks it.
                Add(Signs.PlatformMove, view, app, ConversationRules.PrivateApp);
            }

            ImageRequest(view, family, open);

            if (view.Find(Signs.SexualTalk) is { } sexual)
            {
                Add(Signs.SexualTalk, view, sexual);
            }

            // "I'll put your photo on a porn site" is a threat, not sexual material sent to the child.
            if (!view.Has("threat:exposure") && view.Find(Signs.SexualContentSent) is { } content)
            {
                Add(Signs.SexualContentSent, view, content);
            }

            // Friends meeting with their parents' say-so, a group of classmates making plans, or a family member, is not an
            // approach; asking the child to come alone or bring nobody always is.
            // "will you come alone or will your mother drop you?" names the parent: no approach at all.
            var protectiveHere = view.Has("ctx:protective");
            // A meeting others will be at ("sir will keep the lab open", "I'll bring Tanha") is a plan, not an approach.
            var secretMeeting = view.Has("ctx:alone-meeting");
            var company = !secretMeeting && view.Find("ctx:company") is { } others && !Negated(view, others);
            if (!protectiveHere && !family && !company && (secretMeeting || (!open && !_permission && !_group)) && view.Find(Signs.MeetingRequest) is { } meet)
            {
                Add(Signs.MeetingRequest, view, meet);
            }
            else if (!protectiveHere && !family && !company && (secretMeeting || (!open && !_permission && !_group)))
            {
                Visit(view, author);
            }

            if (!family && !open)
            {
                GiftOffer(view);
            }

            // A group ganging up on someone: the bullies' harms count whoever they are aimed at, the young person or someone absent.
            var ganged = _ganging && _bullies.Contains(author);
            var aimed = ganged || TargetsMe(view);
            Threats(view, author, aimed, ganged);

            if (_childClaim.Contains(author) && view.Find("ctx:adult-life") is { } slip)
            {
                Add(Signs.IdentityDeception, view, slip);
            }

            Pressure(i, view, author, family, protective, refused);

            if (aimed)
            {
                // Whoever courts the young person (praise of looks, love, a photo asked) and is no bully speaks of being "crazy"
                // for them or of "fake" friends: their harsh words are grooming's, not a bullying insult.
                var courting = _courting.Contains(author) && !_bullies.Contains(author);
                if (!_banter && !family && !courting && view.Find(Signs.BullyingInsult) is { } insult && !Negated(view, insult))
                {
                    Add(Signs.BullyingInsult, view, insult);
                }

                if (view.Find(Signs.BullyingExclusion) is { } exclusion)
                {
                    Add(Signs.BullyingExclusion, view, exclusion);
                }

                // What the moderation filter composes (insults aimed at someone, threats, sexual remarks) is a sign too, unless
                // it is about someone else, answered in kind, or a school or coaching centre's notice ("pay ... and send the ID").
                if (!family)
                {
                    var blackmail = _blackmail.Contains(author);
                    var elsewhere = AimedElsewhere(view);
                    foreach (var (code, cue) in HarmSigns.Of(view.Message.Text, blackmail))
                    {
                        var teasing = (_banter && (code == Signs.BullyingInsult || code == Signs.BullyingThreat)) || (courting && code == Signs.BullyingInsult);
                        var notMine = elsewhere && code != Signs.SexualTalk && !ganged;
                        var notice = _roles.Contains(author) && code == Signs.BullyingThreat;
                        // "I'll tell your ammu too": telling a parent, with nothing of the young person's to show, is no threat.
                        var telling = code == Signs.BullyingThreat && view.Has("ctx:tell-adult") && !view.Has("role:material");
                        if (teasing || notMine || notice || telling)
                        {
                            continue;
                        }

                        // A suitor's "threat" with no harm named ("pic na dile ami rag korbo", "if u cared u would send it") is
                        // pressure: what is at stake is their mood or the relationship, not the young person's body or secrets.
                        if (code == Signs.BullyingThreat && _suitors.Contains(author) && !NamesHarm(view))
                        {
                            Add(Signs.PressureCoercion, view, cue);
                            continue;
                        }

                        Add(code, view, cue);
                    }
                }

                // A bully's bare name-calling ("মোটু", "leech", "hathi"), which an answer may hold harmlessly, is an insult here.
                if (!family && _bullies.Contains(author) && (ganged || !AimedElsewhere(view)) && !_findings.In(view.Message.Index).Any(f => f.Code == Signs.BullyingInsult)
                    && Moderation.HarmRules.NameCalling(view.Message.Text) is var (start, end))
                {
                    Add(Signs.BullyingInsult, view, view.Message.Text[start..end]);
                }
            }
        }

        /// <summary>"you're not dramatic", "তুমি বোকা না": the words are there, the insult is not.</summary>
        private bool Negated(View view, string cue)
        {
            if (_lexicon.Find("negation", TextNormaliser.Normalise(cue)) is not null)
            {
                return true;
            }

            var at = view.Message.Text.IndexOf(cue, StringComparison.Ordinal);
            var after = at < 0 ? "" : view.Message.Text[(at + cue.Length)..];
            var next = TextNormaliser.Normalise(after).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return next is not null && _lexicon.Find("negation", TextNormaliser.Normalise(next)) is not null;
        }

        private void ImageRequest(View view, bool family, bool open)
        {
            if (family)
            {
                return;
            }

            // Personal by the words themselves: of you, just for me, in your room, a selfie.
            // ...unless it is of something the young person does, for a lesson or for family to see.
            if (view.Find(Signs.ImageRequest) is { } personal && !view.Has("ctx:image-activity"))
            {
                Add(Signs.ImageRequest, view, personal);
                return;
            }

            // A video call or camera is personal unless it is for a class.
            if (view.Find("image-request:call") is { } call && !view.Has("ctx:image-class"))
            {
                Add(Signs.ImageRequest, view, call);
                return;
            }

            // Asked in what the young person is wearing now, or in bed, a photo is personal whatever else the message names.
            if ((view.Find("image-request:generic") ?? view.Find("image-request:call")) is { } worn && view.Has("ctx:image-personal"))
            {
                Add(Signs.ImageRequest, view, worn);
                return;
            }

            // "Send a photo" of homework, a form or a cake, or to the class group, is not a photo of the child.
            if (!open && view.Find("image-request:generic") is { } generic && !view.Has("ctx:image-thing") && !view.Has("ctx:image-activity") && !PhotoOfAThing(view))
            {
                Add(Signs.ImageRequest, view, generic);
            }
        }

        private void Threats(View view, string author, bool aimed, bool ganged)
        {
            var blackmail = _blackmail.Contains(author);
            var exposure = view.Find("threat:exposure");
            var vague = view.Find("threat:vague");
            var demand = view.Find("demand");
            if (blackmail && (exposure ?? vague ?? demand) is { } cue)
            {
                Add(Signs.ThreatBlackmail, view, cue);
            }
            else if (!blackmail && !_banter && (exposure ?? vague) is { } threat && aimed)
            {
                Add(Signs.BullyingThreat, view, threat);
            }

            ComposedExposure(view, blackmail, aimed);

            // "if you touch my controller again i'll kill you" from a brother is family hyperbole unless the young person is hurt by it.
            if (!_banter && view.Find("threat:physical") is { } physical && aimed && (ganged || !AimedElsewhere(view)) && !(_family.Contains(author) && !_distress))
            {
                Add(Signs.BullyingThreat, view, physical);
            }
        }

        private void Pressure(int i, View view, string author, bool family, bool protective, Dictionary<string, (int Index, HashSet<string> Codes)> refused)
        {
            // Friends who play or tease together ("10pm dont be scared", "ekbar khel") push each other into a match: pressure is
            // said of one who wants something of the young person, a suitor or a blackmailer, in such a chat.
            if (family || protective || (_banter && !_suitors.Contains(author) && !_blackmail.Contains(author)))
            {
                return;
            }

            if (view.Find("pressure") is { } strong)
            {
                Add(Signs.PressureCoercion, view, strong);
                return;
            }

            var afterNo = refused.TryGetValue(author, out var no) && i - no.Index <= Window;
            if ((afterNo || _blackmail.Contains(author)) && view.Find("pressure:weak") is { } weak)
            {
                Add(Signs.PressureCoercion, view, weak);
                return;
            }

            // "না দিলে কাল সকালেই তোর আব্বু সব দেখবে": a condition whose consequence is the threat is the threat (blackmail or
            // bullying, SIGNS.md), not pressure besides it.
            var threatened = _findings.In(view.Message.Index).Any(f => f.Code is Signs.ThreatBlackmail or Signs.BullyingThreat);
            if (_refusedAny.TryGetValue(author, out var anyNo) && i - anyNo <= Window && (threatened || ConditionAfterNo(view)))
            {
                return;
            }

            // Asking again for what the young person already refused.
            if (afterNo)
            {
                var again = _findings.In(view.Message.Index).FirstOrDefault(f => no.Codes.Contains(f.Code));
                if (again is not null)
                {
                    Add(Signs.PressureCoercion, view, again.Cue);
                }
            }
        }

        /// <summary>In a group, whether a message is aimed at the young person: it names them, or they spoke or were named just before and it names nobody else.</summary>
        private bool TargetsMe(View view)
        {
            if (!_group || _me is null)
            {
                return true;
            }

            var named = Mentioned(view);
            if (named.Contains(_me))
            {
                return true;
            }

            if (named.Any(n => n != view.Message.Author))
            {
                return false;
            }

            return _recent.Any(v => v.IsMe || Mentioned(v).Contains(_me));
        }

        /// <summary>Whether a message names the young person.</summary>
        private bool NamesMe(View view) => _me is not null && Mentioned(view).Contains(_me);

        private List<string> Mentioned(View view)
        {
            var tokens = view.Normalised.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var found = new List<string>();
            foreach (var (name, key) in _nameKeys)
            {
                if (key.Length >= 3 && tokens.Any(t => SameName(t, key)))
                {
                    found.Add(name);
                }
            }

            return found;
        }

        /// <summary>The young person calls someone "ammu", "nanu", "khala": "হ্যাঁ আম্মু, ...", "তুমি বেস্ট নানু".</summary>
        private bool CallsFamily(View view)
        {
            if (!view.HasWords)
            {
                return false;
            }

            var text = view.Normalised;
            for (var t = 0; t < text.Spans.Count; t++)
            {
                var (start, length) = text.Spans[t];
                var word = text.Original.Substring(start, length);
                if (_lexicon.Find("ctx:family", TextNormaliser.Normalise(word)) is null)
                {
                    continue;
                }

                var end = start + length;
                var rest = text.Original[end..].TrimStart();
                var clauseEnd = rest.Length == 0 || rest[0] is ',' or '!' or '?' or '.' or '।' || !char.IsLetterOrDigit(rest[0]) && t == text.Spans.Count - 1;
                var previous = t == 0 ? null : TextNormaliser.Token(text.Original.AsSpan(text.Spans[t - 1].Start, text.Spans[t - 1].Length));
                if (clauseEnd && (previous is null || !NotVocativeBefore.Contains(previous)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string FirstName(string name)
        {
            var tokens = TextNormaliser.Normalise(name).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return tokens.FirstOrDefault(t => t.Length >= 3 && !t.All(char.IsAsciiDigit)) ?? "";
        }

        private static bool SameName(string token, string key)
        {
            if (token.StartsWith(key, StringComparison.Ordinal))
            {
                return token.Length <= key.Length + 4;
            }

            // A Latin name written in Bengali script, or the other way round: compare consonant skeletons.
            if (IsBengali(token) == IsBengali(key))
            {
                return false;
            }

            var a = Skeleton(token);
            var b = Skeleton(key);
            return b.Length >= 2 && a.StartsWith(b, StringComparison.Ordinal) && a.Length <= b.Length + 2;
        }

        private static bool IsBengali(string s) => s.Any(c => c is >= '\u0980' and <= '\u09FF');

        private static string Skeleton(string s)
        {
            var b = new StringBuilder();
            foreach (var c in s)
            {
                var k = c switch
                {
                    'ক' or 'খ' or 'q' or 'k' => 'k',
                    'গ' or 'ঘ' or 'g' => 'g',
                    'চ' or 'ছ' or 'c' => 'c',
                    'জ' or 'ঝ' or 'য' or 'j' or 'z' => 'j',
                    'ট' or 'ঠ' or 'ত' or 'থ' or 'ৎ' or 't' => 't',
                    'ড' or 'ঢ' or 'দ' or 'ধ' or 'd' => 'd',
                    'ন' or 'ণ' or 'ঙ' or 'ঞ' or 'ং' or 'n' => 'n',
                    'প' or 'p' => 'p',
                    'ফ' or 'f' => 'f',
                    'ব' or 'ভ' or 'b' or 'v' => 'b',
                    'ম' or 'm' => 'm',
                    'র' or 'r' => 'r',
                    'ল' or 'l' => 'l',
                    'শ' or 'ষ' or 'স' or 's' => 's',
                    _ => '\0',
                };
                if (k != '\0' && (b.Length == 0 || b[^1] != k))
                {
                    b.Append(k);
                }
            }

            return b.ToString();
        }
    }
}
