using Sajag.Safety.Moderation;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Check;

public static partial class ConversationCheck
{
    private sealed partial class Analysis
    {
        // How many of the young person's messages the moderation filter reads for the answer-in-kind rule (a long chat's
        // first ones say enough; the cap keeps a 100,000-message export's cost where it was).
        private const int MyHarmReads = 500;

        // Contact messages about the young person's body or growing up that the young person then told to stop, or
        // answered with "I'll tell ammu" (first pass): sexual talk whoever said them.
        private readonly HashSet<int> _objectedTalkAt = [];

        /// <summary>
        /// First pass, the young person's message: whether it answers in kind (an insult, or a threat that is not "I'll
        /// tell ammu"), read by the moderation filter, which the lexicon insult rule alone does not see ("I'll literally end u").
        /// </summary>
        private static (bool Insult, bool Threat) AnswersInKind(View view, ref int reads)
        {
            if (!view.HasWords || reads >= MyHarmReads || view.Has("ctx:tell-adult"))
            {
                return (false, false);
            }

            reads++;
            bool insult = false, threat = false;
            foreach (var (code, _) in HarmSigns.Of(view.Message.Text, false))
            {
                insult |= code == Signs.BullyingInsult;
                threat |= code == Signs.BullyingThreat;
            }

            return (insult, threat);
        }

        /// <summary>
        /// First pass, a contact's message: the parts blackmail is made of, whichever message carries each: a threat aimed at
        /// the young person (read by the moderation filter, on the chat's first 500 contact messages; "I'll tell your ammu" is
        /// none), material that can be spread, and money. A threat that itself names harm (<see cref="NamesHarm"/>) is noted apart: from a suitor only such a threat is blackmail ("কথা না বললে আমার দিন শেষ হয় না" is not).
        /// Also whether the contact is hostile to anyone (<see cref="HostilityOf"/>).
        /// </summary>
        private void ThreatsOf(View view, Person person, ref int reads)
        {
            if (!view.HasWords)
            {
                return;
            }

            person.Material |= view.Has("role:material");
            person.Money |= view.Has("role:money");
            if (reads >= MyHarmReads)
            {
                return;
            }

            reads++;
            var harms = HarmSigns.Of(view.Message.Text, false).Select(h => h.Code).ToList();
            HostilityOf(view, person, harms);
            if (person.HarmThreat || view.Has("ctx:tell-adult") || AimedElsewhere(view))
            {
                return;
            }

            if (harms.Contains(Signs.BullyingThreat))
            {
                person.Threatens = true;
                person.HarmThreat = NamesHarm(view);
            }
        }

        /// <summary>
        /// First pass, a contact's message: hostility to the young person or to anyone else (an insult or a threat the
        /// moderation filter composes, exclusion, a blow, spreading someone's picture), and name-calling words said bare
        /// ("মোটু", "leech", "hathi"), which count as insults from a contact who is hostile too, or in a group where two contacts
        /// gang up on someone (<see cref="Bullies"/>). "I'll tell your ammu" is no threat.
        /// </summary>
        private void HostilityOf(View view, Person person, List<string> harms)
        {
            person.Laughs |= Laughs(view.Message.Text);
            var exclusion = view.Has(Signs.BullyingExclusion);
            var hostile = harms.Contains(Signs.BullyingInsult) || (harms.Contains(Signs.BullyingThreat) && !view.Has("ctx:tell-adult")) || exclusion
                || view.Has("threat:physical") || (view.Has("role:spread") && view.Has("role:audience") && view.Has("role:material"));
            var named = !hostile && HarmRules.NameCalling(view.Message.Text) is not null;
            if (!hostile && !named)
            {
                return;
            }

            person.Hostile += hostile ? 1 : 0;
            person.HostileToMe += hostile && !AimedElsewhere(view) ? 1 : 0;
            person.NameCalls += named ? 1 : 0;
            // Shutting someone out, or name-calling from someone who laughs in the chat, is mocking, not comforting or defending.
            person.Mocks |= exclusion || person.Laughs;
        }

        private static readonly string[] LaughEmoji = ["😂", "🤣", "😆", "😹", "😝"];
        private static readonly HashSet<string> LaughWords = new(Tokens("haha", "hahaha", "hehe", "lol", "lmao", "lmfao", "rofl", "হাহা", "হাহাহা", "হেহে"), StringComparer.Ordinal);

        private static bool Laughs(string text) =>
            LaughEmoji.Any(e => text.Contains(e, StringComparison.Ordinal))
            || TextNormaliser.Normalise(text).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LaughWords.Contains);

        /// <summary>
        /// The contacts who bully: not family, not in banter or a shared game; one who is neither courting the young person
        /// nor blackmailing them and is hostile to the young person twice, or hostile and name-calling; or, in a group, two or
        /// more contacts hostile or name-calling, one of them hostile and one laughing in the chat or shutting someone out (a group
        /// ganging up on someone, the young person or someone absent: then harms aimed at a third person count too).
        /// </summary>
        private void Bullies(IEnumerable<Person> people)
        {
            if (_banter)
            {
                return;
            }

            var mocking = people.Where(p => !_family.Contains(p.Name) && !_roles.Contains(p.Name) && p.Hostile + p.NameCalls > 0).ToList();
            _ganging = _group && mocking.Count >= 2 && mocking.Exists(p => p.Hostile > 0) && mocking.Exists(p => p.Mocks || p.Laughs);
            foreach (var person in mocking)
            {
                var alone = !person.Courting && !_blackmail.Contains(person.Name) && (person.HostileToMe >= 2 || (person.HostileToMe > 0 && person.NameCalls > 0));
                if (_ganging || alone)
                {
                    _bullies.Add(person.Name);
                }
            }
        }

        /// <summary>
        /// Whether a message names the harm a threat would do: holding something, an audience, spreading it, a blow ("or it
        /// goes to everyone", "আমার কাছে আছে", "tore mere felbo"), not only a mood ("pic na dile ami rag korbo").
        /// </summary>
        private static bool NamesHarm(View view) =>
            view.Has("role:hold") || view.Has("role:audience") || view.Has("role:spread") || view.Has("threat:physical") || view.Has("threat:exposure");

        /// <summary>
        /// First pass, the young person's message: "don't say such things", "এসব কইয়েন না", "I'll tell ammu" just after a
        /// contact talked of their body or of them growing up marks that talk, and its author, as sexual.
        /// </summary>
        private void ObjectsToTalk(View view, IEnumerable<Person> contacts)
        {
            // "Stop saying such things" answers any talk of the body or growing up; "I'll tell ammu" only talk of the body
            // (a sibling's "you're grown up, do it yourself" gets "I'll tell ammu" too).
            var stop = view.HasWords && view.Has("role:stop-talk");
            var tell = view.HasWords && !stop && view.Has("ctx:tell-adult");
            if (!stop && !tell)
            {
                return;
            }

            foreach (var person in contacts)
            {
                var at = stop ? person.LastBodyTalk : person.LastBody;
                if (at >= 0 && view.Message.Index - at <= ConversationRules.NamingWindow)
                {
                    _objectedTalkAt.Add(at);
                    person.Sexual = true;
                }
            }
        }

        // Before a kin word, these make the relative someone's own ("your ammu", "amar abbu"), not one the two share.
        private static readonly HashSet<string> OwnedBy = new(
            Tokens("your", "ur", "my", "his", "her", "tomar", "tumar", "tmr", "tor", "apnar", "amar", "tomader", "toder", "amader", "or", "tar",
                "তোমার", "তুমার", "তোর", "আপনার", "আমার", "তোমাদের", "তোদের", "আপনাদের", "আমাদের", "ওর", "তার", "ওনার", "উনার"),
            StringComparer.Ordinal);

        private static readonly HashSet<string> KinJoiners = new(Tokens("and", "or", "ar", "r", "o", "আর", "ও", "এবং", "বা"), StringComparer.Ordinal);

        // Case endings a kin word takes ("ফুপিকে", "নানুকেও", "আম্মুর", "ammuke", "abbur").
        private static readonly string[] KinEndings = ["কেও", "কে", "রও", "রে", "র", "ও", "keo", "ke", "re", "r", "o"];

        /// <summary>
        /// First pass, a contact's message: a relative named bare, as one the two of them share ("ফুপি কেমন আছে?", "আম্মুর বিকাশে
        /// পাঠাইছি", "nanu ke bolis"), not as someone's own ("your ammu", "amar abbu"), and not inside a request to hide or a
        /// question whether the young person is alone ("ammu ke bolba na", "ammu basay?"). A contact saved as "Name Bhaiya"
        /// who talks so is a brother or cousin.
        /// </summary>
        private void SharedKinOf(View view, Person person)
        {
            if (!view.HasWords)
            {
                return;
            }

            person.Isolation |= view.Has(Signs.IsolationCheck);
            person.Courting |= view.Has(Signs.Flattery) || view.Has(Signs.LoveBombing) || view.Has(Signs.ImageRequest);
            if (person.SharedKin || view.Has(Signs.Secrecy) || view.Has(Signs.IsolationCheck) || view.Has("secrecy:threat"))
            {
                return;
            }

            var tokens = view.Normalised.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (!IsKin(tokens[t]))
                {
                    continue;
                }

                // "tomar abbu ammu", "তুমার বাপ-মারে": the owner stands before the whole list of relatives.
                var before = t - 1;
                while (before >= 0 && (IsKin(tokens[before]) || KinJoiners.Contains(tokens[before])))
                {
                    before--;
                }

                if (before < 0 || !OwnedBy.Contains(tokens[before]))
                {
                    person.SharedKin = true;
                    return;
                }
            }
        }

        private bool IsKin(string token)
        {
            if (_lexicon.Find("ctx:family", TextNormaliser.Normalise(token)) is not null)
            {
                return true;
            }

            foreach (var ending in KinEndings)
            {
                var end = TextNormaliser.Token(ending);
                if (token.Length > end.Length + 1 && token.EndsWith(end, StringComparison.Ordinal)
                    && _lexicon.Find("ctx:family", TextNormaliser.Normalise(token[..^end.Length])) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>First pass, a contact's message: talk of the body or of growing up, and sexual talk, noted of its author.</summary>
        private static void BodyTalkOf(View view, Person person)
        {
            if (!view.HasWords)
            {
                return;
            }

            var body = view.Has("role:body");
            var grown = view.Has("role:grown");
            if (body || grown)
            {
                person.LastBodyTalk = view.Message.Index;
            }

            if (body)
            {
                person.LastBody = view.Message.Index;
            }

            person.Sexual |= (body && grown) || view.Has(Signs.SexualTalk);
        }

        /// <summary>
        /// Second pass, a contact's message: talk of the body and of growing up together ("your body has filled out",
        /// "শরীলডা ভরছে"), or either of them that the young person told to stop, is sexual talk.
        /// </summary>
        private void BodyTalk(View view)
        {
            if (!view.HasWords)
            {
                return;
            }

            if (_objectedTalkAt.Contains(view.Message.Index) && (view.Find("role:body") ?? view.Find("role:grown")) is { } objected)
            {
                Add(Signs.SexualTalk, view, objected, ConversationRules.ObjectedTalk);
            }
            else if (view.Find("role:body") is { } body && view.Has("role:grown"))
            {
                Add(Signs.SexualTalk, view, body, ConversationRules.BodyTalk);
            }
        }

        /// <summary>
        /// A threat or insult that names a third person ("kill them in the first 10 min", "ওকে মারবো") and not the young
        /// person, nor "you", is about someone else.
        /// </summary>
        private bool AimedElsewhere(View view) => view.Has("ctx:third") && !view.Has("ctx:you") && !NamesMe(view);

        // Photo words, and the pronouns whose photo is of a person.
        private static readonly string[] PhotoStems = Tokens("ছবি", "পিক", "ফটো", "ভিডিও", "pic", "photo", "picture", "chobi", "chbi", "foto", "video", "snap", "image");
        private static readonly HashSet<string> OneWords = new(Tokens("একটা", "একটি", "ekta", "akta", "1ta", "a", "one", "an"), StringComparer.Ordinal);
        private static readonly HashSet<string> PersonOf = new(
            Tokens("you", "u", "yourself", "urself", "yourselves", "me", "him", "her", "them", "us", "নিজের", "তোমার", "তুমার", "তোর", "আপনার", "তোমাদের", "তোদের", "আপনাদের",
                "ওদের", "তাদের", "তার", "ওর"),
            StringComparer.Ordinal);

        private static string[] Tokens(params string[] words) => words.Select(w => TextNormaliser.Token(w)).ToArray();

        /// <summary>
        /// A photo asked for of a thing by its genitive ("প্রেসক্রিপশনটার একটা ছবি", "prescription er ekta pic", "a photo of the
        /// receipt"), not of a person ("তোমার একটা ছবি", "a photo of you", "a pic of your face").
        /// </summary>
        private bool PhotoOfAThing(View view)
        {
            var text = view.Normalised;
            var tokens = text.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length != text.Spans.Count)
            {
                return false;
            }

            for (var t = 0; t < tokens.Length; t++)
            {
                if (!PhotoStems.Any(stem => tokens[t].StartsWith(stem, StringComparison.Ordinal)))
                {
                    continue;
                }

                // "a photo of the receipt": of + a word that is not a person or a part of the body.
                if (t + 2 < tokens.Length && tokens[t + 1] == "of")
                {
                    var of = t + 2;
                    while (of < tokens.Length - 1 && tokens[of] is "the" or "this" or "that" or "your" or "ur" or "a" or "an" or "my")
                    {
                        of++;
                    }

                    return !PersonOf.Contains(tokens[of]) && !IsBody(tokens[of]);
                }

                var before = t - 1;
                while (before >= 0 && OneWords.Contains(tokens[before]))
                {
                    before--;
                }

                if (before < 0)
                {
                    continue;
                }

                // "prescription er ekta pic": the Banglish genitive written apart.
                if (tokens[before] is "er" or "r" && before > 0 && !PersonOf.Contains(tokens[before - 1]) && !IsBody(tokens[before - 1]))
                {
                    return true;
                }

                // "প্রেসক্রিপশনটার", "খাতার", "ডাক্তারের": a Bengali genitive (a vowel sign, then র), not a pronoun's.
                var (start, length) = text.Spans[before];
                var word = text.Original.Substring(start, length);
                if (word.Length >= 3 && word[^1] == 'র' && word[^2] is >= '\u09BE' and <= '\u09CC' && !PersonOf.Contains(tokens[before]) && !IsBody(tokens[before]))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly HashSet<string> FaceWords = new(Tokens("face", "mukh", "chehara", "মুখ", "চেহারা"), StringComparer.Ordinal);

        private bool IsBody(string token) => FaceWords.Contains(token) || _lexicon.Find("role:body", TextNormaliser.Normalise(token)) is not null;
    }
}
