using System.Collections.Frozen;

namespace Sajag.Safety.Check;

/// <summary>
/// The words of the check's result in English and Bangla, shared by the web page and the command line: each level,
/// each sign's name and why it matters, each stage, and each piece of advice.
/// </summary>
/// <remarks>Keys: <c>level.X</c> and <c>level.X.text</c>; <c>sign.CODE</c> (why it matters) and <c>sign.CODE.name</c>;
/// <c>stage.X</c>; <c>advice.KEY</c>.</remarks>
public static class CheckTexts
{
    // {child} and {emergency} stand for the helpline numbers, which come from the content pack only.
    private static readonly FrozenDictionary<string, (string En, string Bn)> Texts = new Dictionary<string, (string En, string Bn)>
    {
        ["level.none"] = ("Nothing found", "কিছু পাওয়া যায়নি"),
        ["level.none.text"] = ("We did not find warning signs in this chat. If something still feels wrong, trust that feeling and talk to someone you trust.", "এই চ্যাটে আমরা কোনো বিপদের চিহ্ন পাইনি। তবু কিছু খারাপ লাগলে সেই অনুভূতিকে গুরুত্ব দাও, আর ভরসার কারো সাথে কথা বলো।"),
        ["level.caution"] = ("Keep an eye on this", "খেয়াল রাখো"),
        ["level.caution.text"] = ("We found one sign that is mild on its own. It may be nothing, but watch where the chat goes.", "একটা চিহ্ন পেয়েছি, যেটা একা তেমন গুরুতর না। হয়তো কিছুই না, তবে চ্যাটটা কোন দিকে যায় খেয়াল রাখো।"),
        ["level.warning"] = ("Warning: this looks like a pattern", "সাবধান: এটা একটা চেনা ধরনের মতো লাগছে"),
        ["level.warning.text"] = ("Several signs together look like grooming or bullying. Talk to a trusted adult about this chat soon.", "কয়েকটা চিহ্ন মিলে এটা গ্রুমিং বা বুলিংয়ের মতো লাগছে। শিগগিরই ভরসার কোনো বড় মানুষের সাথে এই চ্যাট নিয়ে কথা বলো।"),
        ["level.danger"] = ("Danger: get help now", "বিপদ: এখনই সাহায্য নাও"),
        ["level.danger.text"] = ("This chat has serious signs. You are not in trouble. Talk to a trusted adult today, or call {child} (free, day and night).", "এই চ্যাটে গুরুতর চিহ্ন আছে। তুমি কোনো দোষ করোনি। আজই ভরসার কোনো বড় মানুষকে বলো, অথবা {child}-এ ফোন করো (ফ্রি, দিন-রাত)।"),

        ["sign.personal-info-request.name"] = ("Asks for personal details", "ব্যক্তিগত তথ্য চাওয়া"),
        ["sign.personal-info-request"] = ("Someone who asks your age, school, address or number is finding out who you are and where to find you.", "যে তোমার বয়স, স্কুল, ঠিকানা বা নম্বর জানতে চায়, সে জানতে চাইছে তুমি কে আর তোমাকে কোথায় পাওয়া যাবে।"),
        ["sign.isolation-check.name"] = ("Checks if you are alone", "তুমি একা কিনা খোঁজ নেওয়া"),
        ["sign.isolation-check"] = ("Asking whether you are alone or who else sees your phone is how someone checks that nobody will notice.", "তুমি একা কিনা বা তোমার ফোন আর কে দেখে, এটা জেনে কেউ নিশ্চিত হতে চায় যে কেউ টের পাবে না।"),
        ["sign.secrecy.name"] = ("Asks for secrecy", "গোপন রাখতে বলা"),
        ["sign.secrecy"] = ("A safe person does not ask you to hide a chat from your family or to delete it. Secrets keep you away from help.", "নিরাপদ মানুষ পরিবারের কাছে চ্যাট লুকাতে বা মুছে ফেলতে বলে না। গোপনীয়তা তোমাকে সাহায্য থেকে দূরে রাখে।"),
        ["sign.flattery.name"] = ("Intense compliments", "অতিরিক্ত প্রশংসা"),
        ["sign.flattery"] = ("Lots of compliments on your looks or on being 'mature' can be a way to win your trust quickly.", "চেহারা নিয়ে বা 'বয়সের চেয়ে বড়' বলে বারবার প্রশংসা দ্রুত তোমার বিশ্বাস পাওয়ার কৌশল হতে পারে।"),
        ["sign.love-bombing.name"] = ("Too much love too fast", "খুব তাড়াতাড়ি অনেক ভালোবাসা"),
        ["sign.love-bombing"] = ("Saying you are special, or that only they understand you, very fast is a way to pull you away from family and friends.", "খুব তাড়াতাড়ি 'তুমি বিশেষ' বা 'শুধু আমি তোমাকে বুঝি' বলা তোমাকে পরিবার আর বন্ধুদের থেকে আলাদা করার কৌশল।"),
        ["sign.gifts-money.name"] = ("Gifts or money", "উপহার বা টাকা"),
        ["sign.gifts-money"] = ("Gifts, recharge, game currency or money from someone you hardly know can make you feel you owe them something.", "প্রায় অচেনা কারো কাছ থেকে উপহার, রিচার্জ, গেমের ইউসি বা টাকা পেলে মনে হতে পারে তুমি তার কাছে ঋণী।"),
        ["sign.platform-move.name"] = ("Wants to move to another app", "অন্য অ্যাপে যেতে বলা"),
        ["sign.platform-move"] = ("Moving the chat to a more private app makes it harder for anyone to see or report what happens there.", "চ্যাট আরো গোপন অ্যাপে নিয়ে গেলে সেখানে কী হয় তা কেউ দেখতে বা রিপোর্ট করতে পারে না।"),
        ["sign.image-request.name"] = ("Asks for photos, videos or a video call", "ছবি, ভিডিও বা ভিডিও কল চাওয়া"),
        ["sign.image-request"] = ("Once a photo or video of you is sent, you cannot take it back; it can be used to threaten you.", "তোমার ছবি বা ভিডিও একবার পাঠালে আর ফেরত আনা যায় না; সেটা দিয়ে তোমাকে হুমকি দেওয়া যায়।"),
        ["sign.sexual-talk.name"] = ("Sexual questions or comments", "যৌন প্রশ্ন বা মন্তব্য"),
        ["sign.sexual-talk"] = ("An adult or stranger who talks about sex or your body with you is doing something wrong, not you.", "কোনো বড় মানুষ বা অচেনা কেউ তোমার সাথে যৌন বিষয়ে বা তোমার শরীর নিয়ে কথা বললে অন্যায় সে করছে, তুমি না।"),
        ["sign.sexual-content-sent.name"] = ("Sends sexual material", "যৌন কিছু পাঠানো"),
        ["sign.sexual-content-sent"] = ("Sending you sexual videos or links is abuse, and a way to make such things seem normal.", "তোমাকে যৌন ভিডিও বা লিংক পাঠানো নির্যাতন, আর এগুলোকে স্বাভাবিক দেখানোর একটা কৌশল।"),
        ["sign.meeting-request.name"] = ("Wants to meet", "দেখা করতে চাওয়া"),
        ["sign.meeting-request"] = ("Meeting someone from online, especially alone or in secret, can put you in real danger.", "অনলাইনে পরিচিত কারো সাথে দেখা করা, বিশেষ করে একা বা গোপনে, তোমাকে সত্যিকারের বিপদে ফেলতে পারে।"),
        ["sign.threat-blackmail.name"] = ("Threats or blackmail", "হুমকি বা ব্ল্যাকমেইল"),
        ["sign.threat-blackmail"] = ("Threatening to share pictures or secrets unless you pay or obey is a crime. It is not your fault, and paying rarely stops it.", "টাকা না দিলে বা কথা না শুনলে ছবি বা গোপন কথা ছড়িয়ে দেওয়ার হুমকি অপরাধ। এটা তোমার দোষ না, আর টাকা দিলে সাধারণত থামে না।"),
        ["sign.pressure-coercion.name"] = ("Pressure after a no", "না বলার পরও চাপ"),
        ["sign.pressure-coercion"] = ("Guilt, insisting after you said no, or 'if you loved me you would' are ways to push you past your own limits.", "অপরাধবোধ জাগানো, না বলার পরও জোর করা, বা 'ভালোবাসলে করতে' বলা তোমাকে নিজের সীমা পার করাতে চাপ দেওয়ার কৌশল।"),
        ["sign.identity-deception.name"] = ("May not be who they say", "যা বলছে তা না-ও হতে পারে"),
        ["sign.identity-deception"] = ("Someone who says they are your age but talks about an office, a salary or driving may be an adult pretending.", "যে নিজেকে তোমার বয়সী বলে কিন্তু অফিস, বেতন বা গাড়ি চালানোর কথা বলে, সে হয়তো ভান করা কোনো বড় মানুষ।"),
        ["sign.bullying-insult.name"] = ("Insults", "অপমান"),
        ["sign.bullying-insult"] = ("Name-calling and mocking are bullying. They say something about the bully, not about you.", "গালি দেওয়া আর ঠাট্টা করা বুলিং। এটা যে করছে তার সম্পর্কে কিছু বলে, তোমার সম্পর্কে না।"),
        ["sign.bullying-threat.name"] = ("Threats to hurt or expose you", "মারধর বা লজ্জা দেওয়ার হুমকি"),
        ["sign.bullying-threat"] = ("Threats to hurt you or to expose you are serious. Keep the messages and tell an adult.", "তোমাকে মারার বা সবার সামনে লজ্জা দেওয়ার হুমকি গুরুতর। মেসেজগুলো রেখে দাও আর বড় কাউকে জানাও।"),
        ["sign.bullying-exclusion.name"] = ("Leaving you out or spreading things", "বাদ দেওয়া বা গুজব ছড়ানো"),
        ["sign.bullying-exclusion"] = ("Shutting you out of groups, spreading rumours or sharing embarrassing pictures of you is bullying.", "গ্রুপ থেকে বাদ দেওয়া, গুজব ছড়ানো বা তোমার বিব্রতকর ছবি শেয়ার করা বুলিং।"),
        ["sign.self-harm-risk.name"] = ("You wrote about not wanting to live", "তুমি বাঁচতে না চাওয়ার কথা লিখেছ"),
        ["sign.self-harm-risk"] = ("What you wrote matters. You deserve help and you do not have to carry this alone: talk to someone today.", "তুমি যা লিখেছ তা গুরুত্বপূর্ণ। তুমি সাহায্য পাওয়ার যোগ্য, আর এটা একা বইতে হবে না: আজই কারো সাথে কথা বলো।"),

        // Why a composed rule (ConversationRules) found its sign, said of the chat as a whole.
        ["rule.exposure-threat"] = ("They say they have something of yours (a photo, a chat, a recording) and will show it to others. That is a threat to shame you: keep the messages and tell an adult.", "সে বলছে তোমার কিছু (ছবি, চ্যাট, রেকর্ডিং) তার কাছে আছে আর অন্যদের দেখাবে। এটা লজ্জা দেওয়ার হুমকি: মেসেজগুলো রেখে দাও আর বড় কাউকে জানাও।"),
        ["rule.blackmail"] = ("They hold something of yours, threaten to show it to others, and want something from you (pictures, money, a call, to obey). That is blackmail, a crime. It is not your fault; do not pay or send more.", "তোমার কিছু তার কাছে আছে, অন্যদের দেখানোর হুমকি দিচ্ছে, আর তোমার কাছে কিছু চাইছে (ছবি, টাকা, কল, কথা শোনা)। এটা ব্ল্যাকমেইল, অপরাধ। এটা তোমার দোষ না; টাকা বা আর কিছু পাঠিও না।"),
        ["rule.visit"] = ("After checking whether you are alone, asking for secrecy, flattering you or offering gifts, they want to come to you or wait for you somewhere. That is how an approach is made.", "তুমি একা কিনা জেনে, গোপন রাখতে বলে, প্রশংসা করে বা উপহার দিয়ে এখন সে তোমার কাছে আসতে বা কোথাও অপেক্ষা করতে চায়। এভাবেই কাছে আসার চেষ্টা শুরু হয়।"),
        ["rule.gift-offer"] = ("They offer you something (a phone, game currency, recharge, clothes). Gifts from someone you hardly know can make you feel you owe them.", "সে তোমাকে কিছু দিতে চাইছে (ফোন, গেমের কারেন্সি, রিচার্জ, জামা)। প্রায় অচেনা কারো উপহার পেলে মনে হতে পারে তুমি তার কাছে ঋণী।"),
        ["rule.named-material"] = ("You said what they sent you was sexual. Sending that to a young person is abuse, even when it is called a joke or a meme.", "তুমি বলেছ সে যা পাঠিয়েছে তা যৌন কিছু। কম বয়সী কাউকে এটা পাঠানো নির্যাতন, মজা বা মিম বললেও।"),
        ["rule.objected-material"] = ("They sent you something you found disgusting, from someone who shows other warning signs. Sending sexual pictures or videos to a young person is abuse.", "সে তোমাকে এমন কিছু পাঠিয়েছে যা তোমার কাছে নোংরা লেগেছে, আর তার কথায় অন্য বিপদের চিহ্নও আছে। কম বয়সী কাউকে যৌন ছবি বা ভিডিও পাঠানো নির্যাতন।"),
        ["rule.objected-talk"] = ("They talked about your body or about you growing up, and you told them to stop or said you would tell an adult. An adult who talks to a young person like this is crossing a line, whoever they are.", "সে তোমার শরীর বা তোমার বড় হয়ে যাওয়া নিয়ে কথা বলেছে, আর তুমি থামতে বলেছ বা বড় কাউকে জানাবে বলেছ। কম বয়সী কারো সাথে এভাবে কথা বলা সীমা ছাড়ানো, সে যে-ই হোক।"),
        ["rule.body-talk"] = ("They talked about how your body has grown. Remarks about a young person's body are sexual talk, even when they sound like a compliment or come from someone you know.", "সে তোমার শরীর কেমন বড় হয়েছে তা নিয়ে কথা বলেছে। কম বয়সী কারো শরীর নিয়ে মন্তব্য যৌন কথা, প্রশংসার মতো শোনালেও বা চেনা কেউ বললেও।"),
        ["rule.your-turn"] = ("They sent their own picture and then asked for yours ('your turn', 'send yours'). Trading pictures is a common way to pressure someone into sending one.", "সে নিজের ছবি পাঠিয়ে তারপর তোমারটা চেয়েছে ('এবার তোমার পালা')। ছবি বদলের কথা বলে চাপ দেওয়া খুব পরিচিত কৌশল।"),
        ["rule.exchange"] = ("They sent a picture of their own and then asked for one 'like mine'. Sending an undressed picture first to get one back is how many sextortion scams start.", "সে আগে নিজের একটা ছবি পাঠিয়ে তারপর 'আমার মতো' একটা চেয়েছে। আগে খোলামেলা ছবি পাঠিয়ে বদলে ছবি নেওয়া দিয়েই অনেক সেক্সটরশন প্রতারণা শুরু হয়।"),
        ["rule.questioned-identity"] = ("You questioned who they said they were, and they did not say it again. Someone who pretends to be your age or a girl often drops the story once you ask.", "সে নিজেকে যা বলেছিল তা নিয়ে তুমি প্রশ্ন করেছ, আর সে আবার সেটা বলেনি। যে তোমার বয়সী বা মেয়ে সেজে কথা বলে, প্রশ্ন করলে সে প্রায়ই গল্পটা ছেড়ে দেয়।"),
        ["rule.love-unique"] = ("They said they love you like no one before, or that no one else understands you. Intense love this fast is a way to make you trust and keep secrets.", "সে বলেছে আগে কাউকে এমন ভালোবাসেনি, বা তুমি ছাড়া কেউ তাকে বোঝে না। এত তাড়াতাড়ি এত ভালোবাসা দেখানো বিশ্বাস আর গোপনীয়তা আদায়ের কৌশল।"),
        ["rule.alone-asked"] = ("They asked whether you are by yourself, or whether your parents are away or asleep. That tells them when no one is watching.", "সে জানতে চেয়েছে তুমি একা কি না, বা তোমার বাবা-মা বাইরে বা ঘুমিয়ে কি না। এতে সে জানে কখন কেউ খেয়াল রাখছে না।"),
        ["rule.private-app"] = ("They named another app and why: so nobody sees ('my ammu checks WhatsApp', 'a private server just for us'). Moving where no one can see makes it harder to get help.", "সে অন্য একটা অ্যাপের কথা বলেছে, আর কারণ: যাতে কেউ না দেখে ('হোয়াটসঅ্যাপে আম্মু দেখে')। যেখানে কেউ দেখে না সেখানে গেলে সাহায্য পাওয়া কঠিন হয়।"),
        ["rule.condition-after-no"] = ("You said no, and they answered with a condition or a demand ('if you don't...', 'give it'). Your no should be enough.", "তুমি না বলেছ, আর সে শর্ত বা দাবি দিয়ে উত্তর দিয়েছে ('না দিলে...', 'দাও')। তোমার 'না'-ই যথেষ্ট হওয়া উচিত।"),

        ["stage.friendship-forming"] = ("Making friends", "বন্ধুত্ব গড়া"),
        ["stage.relationship-forming"] = ("Building trust", "বিশ্বাস গড়া"),
        ["stage.risk-assessment"] = ("Checking who might notice", "কে টের পেতে পারে তা যাচাই"),
        ["stage.exclusivity"] = ("Making it secret and special", "সম্পর্কটা গোপন আর 'বিশেষ' করা"),
        ["stage.sexual"] = ("Sexual requests", "যৌন অনুরোধ"),
        ["stage.approach"] = ("Trying to meet", "দেখা করার চেষ্টা"),
        ["stage.sextortion"] = ("Threats and blackmail", "হুমকি আর ব্ল্যাকমেইল"),
        ["stage.cyberbullying"] = ("Bullying", "বুলিং"),
        ["stage.self-harm"] = ("Your own safety", "তোমার নিজের নিরাপত্তা"),

        ["advice.self-harm-talk-now"] = ("Please talk to someone now: a parent, a relative, a teacher or a friend's parent. Call {child} (free, day and night), or {emergency} if you might hurt yourself soon.", "দয়া করে এখনই কারো সাথে কথা বলো: মা-বাবা, আত্মীয়, শিক্ষক বা বন্ধুর মা-বাবা। {child}-এ ফোন করো (ফ্রি, দিন-রাত), আর নিজের ক্ষতি করে ফেলার ভয় থাকলে {emergency}-এ।"),
        ["advice.do-not-pay"] = ("Do not pay, and do not send more. If you already paid, stop: paying almost never ends it.", "টাকা দিও না, আর কিছু পাঠিও না। আগে দিয়ে থাকলে থামো: টাকা দিলে প্রায় কখনোই শেষ হয় না।"),
        ["advice.stop-reply-block"] = ("Stop replying and block them on every app.", "উত্তর দেওয়া বন্ধ করো আর সব অ্যাপে ব্লক করো।"),
        ["advice.never-send-images"] = ("Never send photos or videos of yourself to someone who asks like this, and do not join the video call.", "এভাবে যে চায় তাকে নিজের ছবি বা ভিডিও কখনো পাঠাবে না, ভিডিও কলেও যাবে না।"),
        ["advice.take-it-down"] = ("If a nude or sexual picture of you was shared when you were under 18, Take It Down (takeitdown.ncmec.org) can help stop it spreading; the picture never leaves your phone.", "১৮ বছরের কম বয়সে তোলা তোমার কোনো নগ্ন বা যৌন ছবি ছড়িয়ে থাকলে Take It Down (takeitdown.ncmec.org) সেটা ছড়ানো ঠেকাতে সাহায্য করতে পারে; ছবিটা তোমার ফোন থেকে কোথাও যায় না।"),
        ["advice.do-not-meet-alone"] = ("Do not go to meet them. If you ever meet someone from online, take a parent or trusted adult with you.", "তার সাথে দেখা করতে যেও না। অনলাইনে পরিচিত কারো সাথে কখনো দেখা করলে মা-বাবা বা ভরসার অন্য কোনো বড় মানুষকে সাথে নিও।"),
        ["advice.keep-evidence"] = ("Do not delete the chat. Write down the username, profile link, dates and their exact words. Never keep or forward a nude image, even as proof.", "চ্যাট মুছে ফেলো না। ইউজারনেম, প্রোফাইল লিংক, তারিখ আর তাদের হুবহু কথা লিখে রাখো। কোনো নগ্ন ছবি প্রমাণ হিসেবেও রাখবে না বা পাঠাবে না।"),
        ["advice.talk-to-trusted-adult"] = ("Show this chat to an adult you trust: a parent, relative or teacher. You are not in trouble.", "ভরসার কোনো বড় মানুষকে এই চ্যাট দেখাও: মা-বাবা, আত্মীয় বা শিক্ষক। তুমি কোনো ঝামেলায় পড়োনি।"),
        ["advice.call-1098"] = ("Call the Child Helpline {child}: free, day and night, for any child.", "চাইল্ড হেল্পলাইন {child}-এ ফোন করো: ফ্রি, দিন-রাত, যেকোনো শিশুর জন্য।"),
        ["advice.call-999"] = ("If you are in danger right now, call {emergency}.", "এই মুহূর্তে বিপদে থাকলে {emergency}-এ ফোন করো।"),
        ["advice.no-secrets"] = ("Safe people do not ask you to keep secrets from your family. You can always tell.", "নিরাপদ মানুষ পরিবারের কাছে কিছু গোপন রাখতে বলে না। তুমি সবসময় বলে দিতে পারো।"),
        ["advice.keep-details-private"] = ("Keep your school, address, number and when you are alone to yourself.", "তোমার স্কুল, ঠিকানা, নম্বর আর কখন একা থাকো, এসব নিজের কাছে রাখো।"),
        ["advice.stay-on-the-app"] = ("Do not move to another app for someone you do not know well.", "ভালো করে চেনো না এমন কারো জন্য অন্য অ্যাপে যেও না।"),
        ["advice.gifts-have-strings"] = ("Gifts from someone you hardly know often come with a price later. You owe them nothing.", "প্রায় অচেনা কারো উপহারের দাম পরে দিতে হয়। তুমি তার কাছে কিছু ঋণী না।"),
        ["advice.real-care-no-pressure"] = ("Someone who really cares respects your no and does not rush you.", "যে সত্যি যত্ন করে সে তোমার 'না'-কে সম্মান করে আর তাড়াহুড়া করায় না।"),
        ["advice.check-who-they-are"] = ("People online are not always who they say. Do not trust a stranger's age or name.", "অনলাইনে সবাই যা বলে তা সবসময় সত্যি না। অচেনা কারো বয়স বা নাম বিশ্বাস কোরো না।"),
        ["advice.report-bullying"] = ("Keep the messages, report and block the bully in the app, and tell a teacher or parent.", "মেসেজগুলো রেখে দাও, অ্যাপে রিপোর্ট আর ব্লক করো, আর শিক্ষক বা মা-বাবাকে জানাও।"),
        ["advice.trust-your-feelings"] = ("Trust your feelings: if a chat makes you uneasy, you can stop replying and tell someone.", "নিজের অনুভূতিকে বিশ্বাস করো: কোনো চ্যাটে অস্বস্তি লাগলে উত্তর দেওয়া থামাতে পারো আর কাউকে বলতে পারো।"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every key.</summary>
    public static IEnumerable<string> Keys => Texts.Keys;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> ("en" or "bn"), with the pack's helpline numbers.</summary>
    public static string Get(string key, string language, HelpNumbers help)
    {
        ArgumentNullException.ThrowIfNull(help);
        var text = Texts.TryGetValue(key, out var both)
            ? (language == "bn" ? both.Bn : both.En)
            : throw new KeyNotFoundException($"No check text '{key}'.");
        return text.Contains('{', StringComparison.Ordinal)
            ? text.Replace("{child}", help.Child, StringComparison.Ordinal).Replace("{emergency}", help.Emergency, StringComparison.Ordinal)
            : text;
    }

    /// <summary>The level's key part: none, caution, warning, danger.</summary>
    public static string Name(Level level) => level switch
    {
        Level.None => "none",
        Level.Caution => "caution",
        Level.Warning => "warning",
        Level.Danger => "danger",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}

/// <summary>The numbers the check's advice names, taken from the content pack's helplines by its host.</summary>
/// <param name="Child">The child helpline's number (1098 in Bangladesh).</param>
/// <param name="Emergency">The emergency number (999 in Bangladesh).</param>
public sealed record HelpNumbers(string Child, string Emergency);
