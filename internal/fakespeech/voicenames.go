package fakespeech

// The voices the fake serves, by their real published names.
//
// Source: Microsoft's text to speech language and voice support table,
// https://learn.microsoft.com/azure/ai-services/speech-service/language-support?tabs=tts
// whose table is the include
// articles/ai-services/speech-service/includes/language-support/tts.md
// (ms.date 10/21/2025) of the page
// articles/ai-services/speech-service/language-support.md (ms.date 12/19/2025)
// in github.com/MicrosoftDocs/azure-ai-docs, read at commit
// 31c50ba110d5cae14a227ad610b537c5accbeafe.
//
// These are facts transcribed by hand (each locale, its language name, and
// its voices' short names and genders as the table lists them), not copied
// code or text. Every locale of the table is here with all of its voices, in
// the table's order, except:
//   - en-US: the HD voices (…:DragonHD…Neural) the table lists first come
//     after the others, so that a locale's first voice stays
//     en-US-AvaMultilingualNeural;
//   - zh-CN-Multitalker-Xiaochen-Yunhan:DragonHDLatestNeural, listed in the
//     en-US row, is under zh-CN, the locale of its name;
//   - en-us-ava:DragonHDOmniLatestNeural is written with the en-US prefix of
//     its row (matching is case-insensitive);
//   - locales are written as the voice names spell them (iu-Cans-CA,
//     sr-Latn-RS, zh-CN-guangxi where the table says iu-CANS-CA, ...).
//
// Genders: the table's; a child voice ("Female, Child") is Female.
//
// pagePreview marks the voices the table footnotes as preview (footnote 1):
// the fake offers them only in PreviewRegions, the three regions the page's
// footnotes name for preview voices (East US, West Europe, Southeast Asia).
// fakePreview marks en-US-Ava:DragonHDLatestNeural and
// en-US-Andrew:DragonHDLatestNeural, GA on this revision of the page but
// preview voices when they came out: the fake keeps them preview-only, as its
// tests rely on a well-known preview voice. earlierRevision marks
// en-US-NovaMultilingualNeural, one of the Azure OpenAI voices that earlier
// revisions of the table listed (footnote 5) and this one no longer does: the
// fake keeps it as WithdrawnVoice.

// tableVoice is one voice of the table.
type tableVoice struct {
	ShortName string
	Gender    string
	Flags     voiceFlag
}

// tableLocale is one row of the table: a locale and its voices.
type tableLocale struct {
	Locale, LocaleName string
	Voices             []tableVoice
}

type voiceFlag uint8

const (
	pagePreview     voiceFlag = 1 << iota // preview on the page: only in PreviewRegions
	fakePreview                           // GA on the page, preview in the fake
	earlierRevision                       // listed by earlier revisions of the page only
)

const (
	female  = "Female"
	male    = "Male"
	neutral = "Neutral"
)

var voiceTable = []tableLocale{
	{"af-ZA", "Afrikaans (South Africa)", []tableVoice{
		{"af-ZA-AdriNeural", female, 0},
		{"af-ZA-WillemNeural", male, 0},
	}},
	{"am-ET", "Amharic (Ethiopia)", []tableVoice{
		{"am-ET-MekdesNeural", female, 0},
		{"am-ET-AmehaNeural", male, 0},
	}},
	{"ar-AE", "Arabic (United Arab Emirates)", []tableVoice{
		{"ar-AE-FatimaNeural", female, 0},
		{"ar-AE-HamdanNeural", male, 0},
	}},
	{"ar-BH", "Arabic (Bahrain)", []tableVoice{
		{"ar-BH-LailaNeural", female, 0},
		{"ar-BH-AliNeural", male, 0},
	}},
	{"ar-DZ", "Arabic (Algeria)", []tableVoice{
		{"ar-DZ-AminaNeural", female, 0},
		{"ar-DZ-IsmaelNeural", male, 0},
	}},
	{"ar-EG", "Arabic (Egypt)", []tableVoice{
		{"ar-EG-SalmaNeural", female, 0},
		{"ar-EG-ShakirNeural", male, 0},
	}},
	{"ar-IQ", "Arabic (Iraq)", []tableVoice{
		{"ar-IQ-RanaNeural", female, 0},
		{"ar-IQ-BasselNeural", male, 0},
	}},
	{"ar-JO", "Arabic (Jordan)", []tableVoice{
		{"ar-JO-SanaNeural", female, 0},
		{"ar-JO-TaimNeural", male, 0},
	}},
	{"ar-KW", "Arabic (Kuwait)", []tableVoice{
		{"ar-KW-NouraNeural", female, 0},
		{"ar-KW-FahedNeural", male, 0},
	}},
	{"ar-LB", "Arabic (Lebanon)", []tableVoice{
		{"ar-LB-LaylaNeural", female, 0},
		{"ar-LB-RamiNeural", male, 0},
	}},
	{"ar-LY", "Arabic (Libya)", []tableVoice{
		{"ar-LY-ImanNeural", female, 0},
		{"ar-LY-OmarNeural", male, 0},
	}},
	{"ar-MA", "Arabic (Morocco)", []tableVoice{
		{"ar-MA-MounaNeural", female, 0},
		{"ar-MA-JamalNeural", male, 0},
	}},
	{"ar-OM", "Arabic (Oman)", []tableVoice{
		{"ar-OM-AyshaNeural", female, 0},
		{"ar-OM-AbdullahNeural", male, 0},
	}},
	{"ar-QA", "Arabic (Qatar)", []tableVoice{
		{"ar-QA-AmalNeural", female, 0},
		{"ar-QA-MoazNeural", male, 0},
	}},
	{"ar-SA", "Arabic (Saudi Arabia)", []tableVoice{
		{"ar-SA-ZariyahNeural", female, 0},
		{"ar-SA-HamedNeural", male, 0},
	}},
	{"ar-SY", "Arabic (Syria)", []tableVoice{
		{"ar-SY-AmanyNeural", female, 0},
		{"ar-SY-LaithNeural", male, 0},
	}},
	{"ar-TN", "Arabic (Tunisia)", []tableVoice{
		{"ar-TN-ReemNeural", female, 0},
		{"ar-TN-HediNeural", male, 0},
	}},
	{"ar-YE", "Arabic (Yemen)", []tableVoice{
		{"ar-YE-MaryamNeural", female, 0},
		{"ar-YE-SalehNeural", male, 0},
	}},
	{"as-IN", "Assamese (India)", []tableVoice{
		{"as-IN-YashicaNeural", female, 0},
		{"as-IN-PriyomNeural", male, 0},
	}},
	{"az-AZ", "Azerbaijani (Latin, Azerbaijan)", []tableVoice{
		{"az-AZ-BanuNeural", female, 0},
		{"az-AZ-BabekNeural", male, 0},
	}},
	{"bg-BG", "Bulgarian (Bulgaria)", []tableVoice{
		{"bg-BG-KalinaNeural", female, 0},
		{"bg-BG-BorislavNeural", male, 0},
	}},
	{"bn-BD", "Bangla (Bangladesh)", []tableVoice{
		{"bn-BD-NabanitaNeural", female, 0},
		{"bn-BD-PradeepNeural", male, 0},
	}},
	{"bn-IN", "Bengali (India)", []tableVoice{
		{"bn-IN-TanishaaNeural", female, 0},
		{"bn-IN-BashkarNeural", male, 0},
	}},
	{"bs-BA", "Bosnian (Bosnia and Herzegovina)", []tableVoice{
		{"bs-BA-VesnaNeural", female, 0},
		{"bs-BA-GoranNeural", male, 0},
	}},
	{"ca-ES", "Catalan", []tableVoice{
		{"ca-ES-JoanaNeural", female, 0},
		{"ca-ES-EnricNeural", male, 0},
		{"ca-ES-AlbaNeural", female, 0},
	}},
	{"cs-CZ", "Czech (Czechia)", []tableVoice{
		{"cs-CZ-VlastaNeural", female, 0},
		{"cs-CZ-AntoninNeural", male, 0},
	}},
	{"cy-GB", "Welsh (United Kingdom)", []tableVoice{
		{"cy-GB-NiaNeural", female, 0},
		{"cy-GB-AledNeural", male, 0},
	}},
	{"da-DK", "Danish (Denmark)", []tableVoice{
		{"da-DK-ChristelNeural", female, 0},
		{"da-DK-JeppeNeural", male, 0},
	}},
	{"de-AT", "German (Austria)", []tableVoice{
		{"de-AT-IngridNeural", female, 0},
		{"de-AT-JonasNeural", male, 0},
	}},
	{"de-CH", "German (Switzerland)", []tableVoice{
		{"de-CH-LeniNeural", female, 0},
		{"de-CH-JanNeural", male, 0},
	}},
	{"de-DE", "German (Germany)", []tableVoice{
		{"de-DE-Seraphina:DragonHDLatestNeural", female, 0},
		{"de-DE-Florian:DragonHDLatestNeural", male, 0},
		{"de-DE-SeraphinaMultilingualNeural", female, 0},
		{"de-DE-FlorianMultilingualNeural", male, 0},
		{"de-DE-KatjaNeural", female, 0},
		{"de-DE-ConradNeural", male, 0},
		{"de-DE-AmalaNeural", female, 0},
		{"de-DE-BerndNeural", male, 0},
		{"de-DE-ChristophNeural", male, 0},
		{"de-DE-ElkeNeural", female, 0},
		{"de-DE-GiselaNeural", female, 0},
		{"de-DE-KasperNeural", male, 0},
		{"de-DE-KillianNeural", male, 0},
		{"de-DE-KlarissaNeural", female, 0},
		{"de-DE-KlausNeural", male, 0},
		{"de-DE-LouisaNeural", female, 0},
		{"de-DE-MajaNeural", female, 0},
		{"de-DE-RalfNeural", male, 0},
		{"de-DE-TanjaNeural", female, 0},
	}},
	{"el-GR", "Greek (Greece)", []tableVoice{
		{"el-GR-AthinaNeural", female, 0},
		{"el-GR-NestorasNeural", male, 0},
	}},
	{"en-AU", "English (Australia)", []tableVoice{
		{"en-AU-WilliamMultilingualNeural", male, 0},
		{"en-AU-NatashaNeural", female, 0},
		{"en-AU-WilliamNeural", male, 0},
		{"en-AU-AnnetteNeural", female, 0},
		{"en-AU-CarlyNeural", female, 0},
		{"en-AU-DarrenNeural", male, 0},
		{"en-AU-DuncanNeural", male, 0},
		{"en-AU-ElsieNeural", female, 0},
		{"en-AU-FreyaNeural", female, 0},
		{"en-AU-JoanneNeural", female, 0},
		{"en-AU-KenNeural", male, 0},
		{"en-AU-KimNeural", female, 0},
		{"en-AU-NeilNeural", male, 0},
		{"en-AU-TimNeural", male, 0},
		{"en-AU-TinaNeural", female, 0},
	}},
	{"en-CA", "English (Canada)", []tableVoice{
		{"en-CA-ClaraNeural", female, 0},
		{"en-CA-LiamNeural", male, 0},
	}},
	{"en-GB", "English (United Kingdom)", []tableVoice{
		{"en-GB-Ada:DragonHDLatestNeural", female, 0},
		{"en-GB-Ollie:DragonHDLatestNeural", male, 0},
		{"en-GB-AdaMultilingualNeural", female, 0},
		{"en-GB-OllieMultilingualNeural", male, 0},
		{"en-GB-SoniaNeural", female, 0},
		{"en-GB-RyanNeural", male, 0},
		{"en-GB-LibbyNeural", female, 0},
		{"en-GB-AbbiNeural", female, 0},
		{"en-GB-AlfieNeural", male, 0},
		{"en-GB-BellaNeural", female, 0},
		{"en-GB-ElliotNeural", male, 0},
		{"en-GB-EthanNeural", male, 0},
		{"en-GB-HollieNeural", female, 0},
		{"en-GB-MaisieNeural", female, 0},
		{"en-GB-NoahNeural", male, 0},
		{"en-GB-OliverNeural", male, 0},
		{"en-GB-OliviaNeural", female, 0},
		{"en-GB-ThomasNeural", male, 0},
	}},
	{"en-HK", "English (Hong Kong SAR)", []tableVoice{
		{"en-HK-YanNeural", female, 0},
		{"en-HK-SamNeural", male, 0},
	}},
	{"en-IE", "English (Ireland)", []tableVoice{
		{"en-IE-EmilyNeural", female, 0},
		{"en-IE-ConnorNeural", male, 0},
	}},
	{"en-IN", "English (India)", []tableVoice{
		{"en-IN-Meera:DragonHDLatestNeural", female, pagePreview},
		{"en-IN-Aarti:DragonHDLatestNeural", female, pagePreview},
		{"en-IN-Arjun:DragonHDLatestNeural", male, pagePreview},
		{"en-IN-AartiIndicNeural", female, 0},
		{"en-IN-ArjunIndicNeural", male, 0},
		{"en-IN-NeerjaIndicNeural", female, 0},
		{"en-IN-PrabhatIndicNeural", male, 0},
		{"en-IN-AaravNeural", male, 0},
		{"en-IN-AashiNeural", female, 0},
		{"en-IN-AartiNeural", female, 0},
		{"en-IN-ArjunNeural", male, 0},
		{"en-IN-AnanyaNeural", female, 0},
		{"en-IN-KavyaNeural", female, 0},
		{"en-IN-KunalNeural", male, 0},
		{"en-IN-NeerjaNeural", female, 0},
		{"en-IN-PrabhatNeural", male, 0},
		{"en-IN-RehaanNeural", male, 0},
	}},
	{"en-KE", "English (Kenya)", []tableVoice{
		{"en-KE-AsiliaNeural", female, 0},
		{"en-KE-ChilembaNeural", male, 0},
	}},
	{"en-NG", "English (Nigeria)", []tableVoice{
		{"en-NG-EzinneNeural", female, 0},
		{"en-NG-AbeoNeural", male, 0},
	}},
	{"en-NZ", "English (New Zealand)", []tableVoice{
		{"en-NZ-MollyNeural", female, 0},
		{"en-NZ-MitchellNeural", male, 0},
	}},
	{"en-PH", "English (Philippines)", []tableVoice{
		{"en-PH-RosaNeural", female, 0},
		{"en-PH-JamesNeural", male, 0},
	}},
	{"en-SG", "English (Singapore)", []tableVoice{
		{"en-SG-LunaNeural", female, 0},
		{"en-SG-WayneNeural", male, 0},
	}},
	{"en-TZ", "English (Tanzania)", []tableVoice{
		{"en-TZ-ImaniNeural", female, 0},
		{"en-TZ-ElimuNeural", male, 0},
	}},
	{"en-US", "English (United States)", []tableVoice{
		{"en-US-AvaMultilingualNeural", female, 0},
		{"en-US-AndrewMultilingualNeural", male, 0},
		{"en-US-AmandaMultilingualNeural", female, 0},
		{"en-US-AdamMultilingualNeural", male, 0},
		{"en-US-EmmaMultilingualNeural", female, 0},
		{"en-US-PhoebeMultilingualNeural", female, 0},
		{"en-US-AlloyTurboMultilingualNeural", male, 0},
		{"en-US-EchoTurboMultilingualNeural", male, 0},
		{"en-US-FableTurboMultilingualNeural", neutral, 0},
		{"en-US-OnyxTurboMultilingualNeural", male, 0},
		{"en-US-NovaTurboMultilingualNeural", female, 0},
		{"en-US-ShimmerTurboMultilingualNeural", female, 0},
		{"en-US-BrianMultilingualNeural", male, 0},
		{"en-US-AvaNeural", female, 0},
		{"en-US-AndrewNeural", male, 0},
		{"en-US-EmmaNeural", female, 0},
		{"en-US-BrianNeural", male, 0},
		{"en-US-JennyNeural", female, 0},
		{"en-US-GuyNeural", male, 0},
		{"en-US-AriaNeural", female, 0},
		{"en-US-DavisNeural", male, 0},
		{"en-US-JaneNeural", female, 0},
		{"en-US-JasonNeural", male, 0},
		{"en-US-KaiNeural", male, 0},
		{"en-US-LunaNeural", female, 0},
		{"en-US-SaraNeural", female, 0},
		{"en-US-TonyNeural", male, 0},
		{"en-US-NancyNeural", female, 0},
		{"en-US-CoraMultilingualNeural", female, 0},
		{"en-US-ChristopherMultilingualNeural", male, 0},
		{"en-US-BrandonMultilingualNeural", male, 0},
		{"en-US-AmberNeural", female, 0},
		{"en-US-AnaNeural", female, 0},
		{"en-US-AshleyNeural", female, 0},
		{"en-US-BrandonNeural", male, 0},
		{"en-US-ChristopherNeural", male, 0},
		{"en-US-CoraNeural", female, 0},
		{"en-US-DavisMultilingualNeural", male, 0},
		{"en-US-DerekMultilingualNeural", male, 0},
		{"en-US-DustinMultilingualNeural", male, 0},
		{"en-US-ElizabethNeural", female, 0},
		{"en-US-EricNeural", male, 0},
		{"en-US-EvelynMultilingualNeural", female, 0},
		{"en-US-JacobNeural", male, 0},
		{"en-US-JennyMultilingualNeural", female, 0},
		{"en-US-Jimmie:DragonHDFlashLatestNeural", male, 0},
		{"en-US-LewisMultilingualNeural", male, 0},
		{"en-US-LolaMultilingualNeural", female, 0},
		{"en-US-MichelleNeural", female, 0},
		{"en-US-MonicaNeural", female, 0},
		{"en-US-NancyMultilingualNeural", female, 0},
		{"en-US-RogerNeural", male, 0},
		{"en-US-RyanMultilingualNeural", male, 0},
		{"en-US-SamuelMultilingualNeural", male, 0},
		{"en-US-SerenaMultilingualNeural", female, 0},
		{"en-US-SteffanMultilingualNeural", male, 0},
		{"en-US-SteffanNeural", male, 0},
		{"en-US-Tiana:DragonHDFlashLatestNeural", female, 0},
		{"en-US-Tyler:DragonHDFlashLatestNeural", male, 0},
		{"en-US-AIGenerate1Neural", male, pagePreview},
		{"en-US-AIGenerate2Neural", female, pagePreview},
		{"en-US-AshTurboMultilingualNeural", male, pagePreview},
		{"en-US-BlueNeural", neutral, pagePreview},
		{"en-US-Andrew2:DragonHDLatestNeural", male, 0},
		{"en-US-Andrew3:DragonHDLatestNeural", male, pagePreview},
		{"en-US-ava:DragonHDOmniLatestNeural", female, pagePreview},
		{"en-US-Ava3:DragonHDLatestNeural", female, pagePreview},
		{"en-US-MultiTalker-Ava-Andrew:DragonHDLatestNeural", neutral, pagePreview},
		{"en-US-MultiTalker-Ava-Steffan:DragonHDLatestNeural", neutral, pagePreview},
		{"en-US-Multitalker-Set1:DragonHDLatestNeural", neutral, pagePreview},
		{"en-US-Ava:DragonHDLatestNeural", female, fakePreview},
		{"en-US-Andrew:DragonHDLatestNeural", male, fakePreview},
		{"en-US-Adam:DragonHDLatestNeural", male, 0},
		{"en-US-Alloy:DragonHDLatestNeural", male, 0},
		{"en-US-Aria:DragonHDLatestNeural", female, 0},
		{"en-US-Bree:DragonHDLatestNeural", female, 0},
		{"en-US-Brian:DragonHDLatestNeural", male, 0},
		{"en-US-Davis:DragonHDLatestNeural", male, 0},
		{"en-US-Emma:DragonHDLatestNeural", female, 0},
		{"en-US-Emma2:DragonHDLatestNeural", female, 0},
		{"en-US-Jane:DragonHDLatestNeural", female, 0},
		{"en-US-Jenny:DragonHDLatestNeural", female, 0},
		{"en-US-Nova:DragonHDLatestNeural", female, 0},
		{"en-US-Phoebe:DragonHDLatestNeural", female, 0},
		{"en-US-Serena:DragonHDLatestNeural", female, 0},
		{"en-US-Steffan:DragonHDLatestNeural", male, 0},
		{"en-US-Andrew:DragonHDOmniLatestNeural", male, pagePreview},
		{"en-US-Caleb:DragonHDOmniLatestNeural", male, pagePreview},
		{"en-US-Dana:DragonHDOmniLatestNeural", female, pagePreview},
		{"en-US-Lewis:DragonHDOmniLatestNeural", male, pagePreview},
		{"en-US-Phoebe:DragonHDOmniLatestNeural", female, pagePreview},
		{"en-US-NovaMultilingualNeural", female, earlierRevision},
	}},
	{"en-ZA", "English (South Africa)", []tableVoice{
		{"en-ZA-LeahNeural", female, 0},
		{"en-ZA-LukeNeural", male, 0},
	}},
	{"es-AR", "Spanish (Argentina)", []tableVoice{
		{"es-AR-ElenaNeural", female, 0},
		{"es-AR-TomasNeural", male, 0},
	}},
	{"es-BO", "Spanish (Bolivia)", []tableVoice{
		{"es-BO-SofiaNeural", female, 0},
		{"es-BO-MarceloNeural", male, 0},
	}},
	{"es-CL", "Spanish (Chile)", []tableVoice{
		{"es-CL-CatalinaNeural", female, 0},
		{"es-CL-LorenzoNeural", male, 0},
	}},
	{"es-CO", "Spanish (Colombia)", []tableVoice{
		{"es-CO-SalomeNeural", female, 0},
		{"es-CO-GonzaloNeural", male, 0},
	}},
	{"es-CR", "Spanish (Costa Rica)", []tableVoice{
		{"es-CR-MariaNeural", female, 0},
		{"es-CR-JuanNeural", male, 0},
	}},
	{"es-CU", "Spanish (Cuba)", []tableVoice{
		{"es-CU-BelkysNeural", female, 0},
		{"es-CU-ManuelNeural", male, 0},
	}},
	{"es-DO", "Spanish (Dominican Republic)", []tableVoice{
		{"es-DO-RamonaNeural", female, 0},
		{"es-DO-EmilioNeural", male, 0},
	}},
	{"es-EC", "Spanish (Ecuador)", []tableVoice{
		{"es-EC-AndreaNeural", female, 0},
		{"es-EC-LuisNeural", male, 0},
	}},
	{"es-ES", "Spanish (Spain)", []tableVoice{
		{"es-ES-Ximena:DragonHDLatestNeural", female, 0},
		{"es-ES-Tristan:DragonHDLatestNeural", male, 0},
		{"es-ES-ElviraNeural", female, 0},
		{"es-ES-AlvaroNeural", male, 0},
		{"es-ES-ArabellaMultilingualNeural", female, 0},
		{"es-ES-IsidoraMultilingualNeural", female, 0},
		{"es-ES-TristanMultilingualNeural", male, 0},
		{"es-ES-XimenaMultilingualNeural", female, 0},
		{"es-ES-AbrilNeural", female, 0},
		{"es-ES-ArnauNeural", male, 0},
		{"es-ES-DarioNeural", male, 0},
		{"es-ES-EliasNeural", male, 0},
		{"es-ES-EstrellaNeural", female, 0},
		{"es-ES-IreneNeural", female, 0},
		{"es-ES-LaiaNeural", female, 0},
		{"es-ES-LiaNeural", female, 0},
		{"es-ES-NilNeural", male, 0},
		{"es-ES-SaulNeural", male, 0},
		{"es-ES-TeoNeural", male, 0},
		{"es-ES-TrianaNeural", female, 0},
		{"es-ES-VeraNeural", female, 0},
		{"es-ES-XimenaNeural", female, 0},
	}},
	{"es-GQ", "Spanish (Equatorial Guinea)", []tableVoice{
		{"es-GQ-TeresaNeural", female, 0},
		{"es-GQ-JavierNeural", male, 0},
	}},
	{"es-GT", "Spanish (Guatemala)", []tableVoice{
		{"es-GT-MartaNeural", female, 0},
		{"es-GT-AndresNeural", male, 0},
	}},
	{"es-HN", "Spanish (Honduras)", []tableVoice{
		{"es-HN-KarlaNeural", female, 0},
		{"es-HN-CarlosNeural", male, 0},
	}},
	{"es-MX", "Spanish (Mexico)", []tableVoice{
		{"es-MX-Ximena:DragonHDLatestNeural", female, 0},
		{"es-MX-Tristan:DragonHDLatestNeural", male, 0},
		{"es-MX-DaliaNeural", female, 0},
		{"es-MX-JorgeNeural", male, 0},
		{"es-MX-DaliaMultilingualNeural", female, 0},
		{"es-MX-JorgeMultilingualNeural", male, 0},
		{"es-MX-BeatrizNeural", female, 0},
		{"es-MX-CandelaNeural", female, 0},
		{"es-MX-CarlotaNeural", female, 0},
		{"es-MX-CecilioNeural", male, 0},
		{"es-MX-GerardoNeural", male, 0},
		{"es-MX-LarissaNeural", female, 0},
		{"es-MX-LibertoNeural", male, 0},
		{"es-MX-LucianoNeural", male, 0},
		{"es-MX-MarinaNeural", female, 0},
		{"es-MX-NuriaNeural", female, 0},
		{"es-MX-PelayoNeural", male, 0},
		{"es-MX-RenataNeural", female, 0},
		{"es-MX-YagoNeural", male, 0},
	}},
	{"es-NI", "Spanish (Nicaragua)", []tableVoice{
		{"es-NI-YolandaNeural", female, 0},
		{"es-NI-FedericoNeural", male, 0},
	}},
	{"es-PA", "Spanish (Panama)", []tableVoice{
		{"es-PA-MargaritaNeural", female, 0},
		{"es-PA-RobertoNeural", male, 0},
	}},
	{"es-PE", "Spanish (Peru)", []tableVoice{
		{"es-PE-CamilaNeural", female, 0},
		{"es-PE-AlexNeural", male, 0},
	}},
	{"es-PR", "Spanish (Puerto Rico)", []tableVoice{
		{"es-PR-KarinaNeural", female, 0},
		{"es-PR-VictorNeural", male, 0},
	}},
	{"es-PY", "Spanish (Paraguay)", []tableVoice{
		{"es-PY-TaniaNeural", female, 0},
		{"es-PY-MarioNeural", male, 0},
	}},
	{"es-SV", "Spanish (El Salvador)", []tableVoice{
		{"es-SV-LorenaNeural", female, 0},
		{"es-SV-RodrigoNeural", male, 0},
	}},
	{"es-US", "Spanish (United States)", []tableVoice{
		{"es-US-PalomaNeural", female, 0},
		{"es-US-AlonsoNeural", male, 0},
	}},
	{"es-UY", "Spanish (Uruguay)", []tableVoice{
		{"es-UY-ValentinaNeural", female, 0},
		{"es-UY-MateoNeural", male, 0},
	}},
	{"es-VE", "Spanish (Venezuela)", []tableVoice{
		{"es-VE-PaolaNeural", female, 0},
		{"es-VE-SebastianNeural", male, 0},
	}},
	{"et-EE", "Estonian (Estonia)", []tableVoice{
		{"et-EE-AnuNeural", female, 0},
		{"et-EE-KertNeural", male, 0},
	}},
	{"eu-ES", "Basque", []tableVoice{
		{"eu-ES-AinhoaNeural", female, 0},
		{"eu-ES-AnderNeural", male, 0},
	}},
	{"fa-IR", "Persian (Iran)", []tableVoice{
		{"fa-IR-DilaraNeural", female, 0},
		{"fa-IR-FaridNeural", male, 0},
	}},
	{"fi-FI", "Finnish (Finland)", []tableVoice{
		{"fi-FI-SelmaNeural", female, 0},
		{"fi-FI-HarriNeural", male, 0},
		{"fi-FI-NooraNeural", female, 0},
	}},
	{"fil-PH", "Filipino (Philippines)", []tableVoice{
		{"fil-PH-BlessicaNeural", female, 0},
		{"fil-PH-AngeloNeural", male, 0},
	}},
	{"fr-BE", "French (Belgium)", []tableVoice{
		{"fr-BE-CharlineNeural", female, 0},
		{"fr-BE-GerardNeural", male, 0},
	}},
	{"fr-CA", "French (Canada)", []tableVoice{
		{"fr-CA-Sylvie:DragonHDLatestNeural", female, 0},
		{"fr-CA-Thierry:DragonHDLatestNeural", male, 0},
		{"fr-CA-SylvieNeural", female, 0},
		{"fr-CA-JeanNeural", male, 0},
		{"fr-CA-AntoineNeural", male, 0},
		{"fr-CA-ThierryNeural", male, 0},
	}},
	{"fr-CH", "French (Switzerland)", []tableVoice{
		{"fr-CH-ArianeNeural", female, 0},
		{"fr-CH-FabriceNeural", male, 0},
	}},
	{"fr-FR", "French (France)", []tableVoice{
		{"fr-FR-Vivienne:DragonHDLatestNeural", female, 0},
		{"fr-FR-Remy:DragonHDLatestNeural", male, 0},
		{"fr-FR-DeniseNeural", female, 0},
		{"fr-FR-HenriNeural", male, 0},
		{"fr-FR-VivienneMultilingualNeural", female, 0},
		{"fr-FR-RemyMultilingualNeural", male, 0},
		{"fr-FR-LucienMultilingualNeural", male, 0},
		{"fr-FR-AlainNeural", male, 0},
		{"fr-FR-BrigitteNeural", female, 0},
		{"fr-FR-CelesteNeural", female, 0},
		{"fr-FR-ClaudeNeural", male, 0},
		{"fr-FR-CoralieNeural", female, 0},
		{"fr-FR-EloiseNeural", female, 0},
		{"fr-FR-JacquelineNeural", female, 0},
		{"fr-FR-JeromeNeural", male, 0},
		{"fr-FR-JosephineNeural", female, 0},
		{"fr-FR-MauriceNeural", male, 0},
		{"fr-FR-YvesNeural", male, 0},
		{"fr-FR-YvetteNeural", female, 0},
	}},
	{"ga-IE", "Irish (Ireland)", []tableVoice{
		{"ga-IE-OrlaNeural", female, 0},
		{"ga-IE-ColmNeural", male, 0},
	}},
	{"gl-ES", "Galician", []tableVoice{
		{"gl-ES-SabelaNeural", female, 0},
		{"gl-ES-RoiNeural", male, 0},
	}},
	{"gu-IN", "Gujarati (India)", []tableVoice{
		{"gu-IN-DhwaniNeural", female, 0},
		{"gu-IN-NiranjanNeural", male, 0},
	}},
	{"he-IL", "Hebrew (Israel)", []tableVoice{
		{"he-IL-HilaNeural", female, 0},
		{"he-IL-AvriNeural", male, 0},
	}},
	{"hi-IN", "Hindi (India)", []tableVoice{
		{"hi-IN-AaravNeural", male, 0},
		{"hi-IN-AnanyaNeural", female, 0},
		{"hi-IN-AartiNeural", female, 0},
		{"hi-IN-ArjunNeural", male, 0},
		{"hi-IN-KavyaNeural", female, 0},
		{"hi-IN-KunalNeural", male, 0},
		{"hi-IN-RehaanNeural", male, 0},
		{"hi-IN-SwaraNeural", female, 0},
		{"hi-IN-MadhurNeural", male, 0},
	}},
	{"hr-HR", "Croatian (Croatia)", []tableVoice{
		{"hr-HR-GabrijelaNeural", female, 0},
		{"hr-HR-SreckoNeural", male, 0},
	}},
	{"hu-HU", "Hungarian (Hungary)", []tableVoice{
		{"hu-HU-NoemiNeural", female, 0},
		{"hu-HU-TamasNeural", male, 0},
	}},
	{"hy-AM", "Armenian (Armenia)", []tableVoice{
		{"hy-AM-AnahitNeural", female, 0},
		{"hy-AM-HaykNeural", male, 0},
	}},
	{"id-ID", "Indonesian (Indonesia)", []tableVoice{
		{"id-ID-GadisNeural", female, 0},
		{"id-ID-ArdiNeural", male, 0},
	}},
	{"is-IS", "Icelandic (Iceland)", []tableVoice{
		{"is-IS-GudrunNeural", female, 0},
		{"is-IS-GunnarNeural", male, 0},
	}},
	{"it-IT", "Italian (Italy)", []tableVoice{
		{"it-IT-Isabella:DragonHDLatestNeural", female, 0},
		{"it-IT-Alessio:DragonHDLatestNeural", male, 0},
		{"it-IT-ElsaNeural", female, 0},
		{"it-IT-IsabellaNeural", female, 0},
		{"it-IT-DiegoNeural", male, 0},
		{"it-IT-AlessioMultilingualNeural", male, 0},
		{"it-IT-IsabellaMultilingualNeural", female, 0},
		{"it-IT-GiuseppeMultilingualNeural", male, 0},
		{"it-IT-MarcelloMultilingualNeural", male, 0},
		{"it-IT-BenignoNeural", male, 0},
		{"it-IT-CalimeroNeural", male, 0},
		{"it-IT-CataldoNeural", male, 0},
		{"it-IT-FabiolaNeural", female, 0},
		{"it-IT-FiammaNeural", female, 0},
		{"it-IT-GianniNeural", male, 0},
		{"it-IT-GiuseppeNeural", male, 0},
		{"it-IT-ImeldaNeural", female, 0},
		{"it-IT-IrmaNeural", female, 0},
		{"it-IT-LisandroNeural", male, 0},
		{"it-IT-PalmiraNeural", female, 0},
		{"it-IT-PierinaNeural", female, 0},
		{"it-IT-RinaldoNeural", male, 0},
	}},
	{"iu-Cans-CA", "Inuktitut (Syllabics, Canada)", []tableVoice{
		{"iu-Cans-CA-SiqiniqNeural", female, 0},
		{"iu-Cans-CA-TaqqiqNeural", male, 0},
	}},
	{"iu-Latn-CA", "Inuktitut (Latin, Canada)", []tableVoice{
		{"iu-Latn-CA-SiqiniqNeural", female, 0},
		{"iu-Latn-CA-TaqqiqNeural", male, 0},
	}},
	{"ja-JP", "Japanese (Japan)", []tableVoice{
		{"ja-JP-Nanami:DragonHDLatestNeural", female, 0},
		{"ja-JP-Masaru:DragonHDLatestNeural", male, 0},
		{"ja-JP-NanamiNeural", female, 0},
		{"ja-JP-KeitaNeural", male, 0},
		{"ja-JP-AoiNeural", female, 0},
		{"ja-JP-DaichiNeural", male, 0},
		{"ja-JP-MayuNeural", female, 0},
		{"ja-JP-NaokiNeural", male, 0},
		{"ja-JP-ShioriNeural", female, 0},
		{"ja-JP-MasaruMultilingualNeural", male, pagePreview},
	}},
	{"jv-ID", "Javanese (Latin, Indonesia)", []tableVoice{
		{"jv-ID-SitiNeural", female, 0},
		{"jv-ID-DimasNeural", male, 0},
	}},
	{"ka-GE", "Georgian (Georgia)", []tableVoice{
		{"ka-GE-EkaNeural", female, 0},
		{"ka-GE-GiorgiNeural", male, 0},
	}},
	{"kk-KZ", "Kazakh (Kazakhstan)", []tableVoice{
		{"kk-KZ-AigulNeural", female, 0},
		{"kk-KZ-DauletNeural", male, 0},
	}},
	{"km-KH", "Khmer (Cambodia)", []tableVoice{
		{"km-KH-SreymomNeural", female, 0},
		{"km-KH-PisethNeural", male, 0},
	}},
	{"kn-IN", "Kannada (India)", []tableVoice{
		{"kn-IN-SapnaNeural", female, 0},
		{"kn-IN-GaganNeural", male, 0},
	}},
	{"ko-KR", "Korean (Korea)", []tableVoice{
		{"ko-KR-SunHi:DragonHDLatestNeural", female, 0},
		{"ko-KR-Hyunsu:DragonHDLatestNeural", male, 0},
		{"ko-KR-SunHiNeural", female, 0},
		{"ko-KR-InJoonNeural", male, 0},
		{"ko-KR-HyunsuMultilingualNeural", male, 0},
		{"ko-KR-BongJinNeural", male, 0},
		{"ko-KR-GookMinNeural", male, 0},
		{"ko-KR-HyunsuNeural", male, 0},
		{"ko-KR-JiMinNeural", female, 0},
		{"ko-KR-SeoHyeonNeural", female, 0},
		{"ko-KR-SoonBokNeural", female, 0},
		{"ko-KR-YuJinNeural", female, 0},
	}},
	{"lo-LA", "Lao (Laos)", []tableVoice{
		{"lo-LA-KeomanyNeural", female, 0},
		{"lo-LA-ChanthavongNeural", male, 0},
	}},
	{"lt-LT", "Lithuanian (Lithuania)", []tableVoice{
		{"lt-LT-OnaNeural", female, 0},
		{"lt-LT-LeonasNeural", male, 0},
	}},
	{"lv-LV", "Latvian (Latvia)", []tableVoice{
		{"lv-LV-EveritaNeural", female, 0},
		{"lv-LV-NilsNeural", male, 0},
	}},
	{"mk-MK", "Macedonian (North Macedonia)", []tableVoice{
		{"mk-MK-MarijaNeural", female, 0},
		{"mk-MK-AleksandarNeural", male, 0},
	}},
	{"ml-IN", "Malayalam (India)", []tableVoice{
		{"ml-IN-SobhanaNeural", female, 0},
		{"ml-IN-MidhunNeural", male, 0},
	}},
	{"mn-MN", "Mongolian (Mongolia)", []tableVoice{
		{"mn-MN-YesuiNeural", female, 0},
		{"mn-MN-BataaNeural", male, 0},
	}},
	{"mr-IN", "Marathi (India)", []tableVoice{
		{"mr-IN-AarohiNeural", female, 0},
		{"mr-IN-ManoharNeural", male, 0},
	}},
	{"ms-MY", "Malay (Malaysia)", []tableVoice{
		{"ms-MY-YasminNeural", female, 0},
		{"ms-MY-OsmanNeural", male, 0},
	}},
	{"mt-MT", "Maltese (Malta)", []tableVoice{
		{"mt-MT-GraceNeural", female, 0},
		{"mt-MT-JosephNeural", male, 0},
	}},
	{"my-MM", "Burmese (Myanmar)", []tableVoice{
		{"my-MM-NilarNeural", female, 0},
		{"my-MM-ThihaNeural", male, 0},
	}},
	{"nb-NO", "Norwegian Bokmål (Norway)", []tableVoice{
		{"nb-NO-PernilleNeural", female, 0},
		{"nb-NO-FinnNeural", male, 0},
		{"nb-NO-IselinNeural", female, 0},
	}},
	{"ne-NP", "Nepali (Nepal)", []tableVoice{
		{"ne-NP-HemkalaNeural", female, 0},
		{"ne-NP-SagarNeural", male, 0},
	}},
	{"nl-BE", "Dutch (Belgium)", []tableVoice{
		{"nl-BE-DenaNeural", female, 0},
		{"nl-BE-ArnaudNeural", male, 0},
	}},
	{"nl-NL", "Dutch (Netherlands)", []tableVoice{
		{"nl-NL-FennaNeural", female, 0},
		{"nl-NL-MaartenNeural", male, 0},
		{"nl-NL-ColetteNeural", female, 0},
	}},
	{"or-IN", "Odia (India)", []tableVoice{
		{"or-IN-SubhasiniNeural", female, 0},
		{"or-IN-SukantNeural", male, 0},
	}},
	{"pa-IN", "Punjabi (India)", []tableVoice{
		{"pa-IN-OjasNeural", male, 0},
		{"pa-IN-VaaniNeural", female, 0},
	}},
	{"pl-PL", "Polish (Poland)", []tableVoice{
		{"pl-PL-AgnieszkaNeural", female, 0},
		{"pl-PL-MarekNeural", male, 0},
		{"pl-PL-ZofiaNeural", female, 0},
	}},
	{"ps-AF", "Pashto (Afghanistan)", []tableVoice{
		{"ps-AF-LatifaNeural", female, 0},
		{"ps-AF-GulNawazNeural", male, 0},
	}},
	{"pt-BR", "Portuguese (Brazil)", []tableVoice{
		{"pt-BR-Thalita:DragonHDLatestNeural", female, 0},
		{"pt-BR-Macerio:DragonHDLatestNeural", male, 0},
		{"pt-BR-FranciscaNeural", female, 0},
		{"pt-BR-AntonioNeural", male, 0},
		{"pt-BR-MacerioMultilingualNeural", male, 0},
		{"pt-BR-ThalitaMultilingualNeural", female, 0},
		{"pt-BR-BrendaNeural", female, 0},
		{"pt-BR-DonatoNeural", male, 0},
		{"pt-BR-ElzaNeural", female, 0},
		{"pt-BR-FabioNeural", male, 0},
		{"pt-BR-GiovannaNeural", female, 0},
		{"pt-BR-HumbertoNeural", male, 0},
		{"pt-BR-JulioNeural", male, 0},
		{"pt-BR-LeilaNeural", female, 0},
		{"pt-BR-LeticiaNeural", female, 0},
		{"pt-BR-ManuelaNeural", female, 0},
		{"pt-BR-NicolauNeural", male, 0},
		{"pt-BR-ThalitaNeural", female, 0},
		{"pt-BR-ValerioNeural", male, 0},
		{"pt-BR-YaraNeural", female, 0},
	}},
	{"pt-PT", "Portuguese (Portugal)", []tableVoice{
		{"pt-PT-RaquelNeural", female, 0},
		{"pt-PT-DuarteNeural", male, 0},
		{"pt-PT-FernandaNeural", female, 0},
	}},
	{"ro-RO", "Romanian (Romania)", []tableVoice{
		{"ro-RO-AlinaNeural", female, 0},
		{"ro-RO-EmilNeural", male, 0},
	}},
	{"ru-RU", "Russian (Russia)", []tableVoice{
		{"ru-RU-SvetlanaNeural", female, 0},
		{"ru-RU-DmitryNeural", male, 0},
		{"ru-RU-DariyaNeural", female, 0},
	}},
	{"si-LK", "Sinhala (Sri Lanka)", []tableVoice{
		{"si-LK-ThiliniNeural", female, 0},
		{"si-LK-SameeraNeural", male, 0},
	}},
	{"sk-SK", "Slovak (Slovakia)", []tableVoice{
		{"sk-SK-ViktoriaNeural", female, 0},
		{"sk-SK-LukasNeural", male, 0},
	}},
	{"sl-SI", "Slovenian (Slovenia)", []tableVoice{
		{"sl-SI-PetraNeural", female, 0},
		{"sl-SI-RokNeural", male, 0},
	}},
	{"so-SO", "Somali (Somalia)", []tableVoice{
		{"so-SO-UbaxNeural", female, 0},
		{"so-SO-MuuseNeural", male, 0},
	}},
	{"sq-AL", "Albanian (Albania)", []tableVoice{
		{"sq-AL-AnilaNeural", female, 0},
		{"sq-AL-IlirNeural", male, 0},
	}},
	{"sr-Latn-RS", "Serbian (Latin, Serbia)", []tableVoice{
		{"sr-Latn-RS-NicholasNeural", male, 0},
		{"sr-Latn-RS-SophieNeural", female, 0},
	}},
	{"sr-RS", "Serbian (Cyrillic, Serbia)", []tableVoice{
		{"sr-RS-SophieNeural", female, 0},
		{"sr-RS-NicholasNeural", male, 0},
	}},
	{"su-ID", "Sundanese (Indonesia)", []tableVoice{
		{"su-ID-TutiNeural", female, 0},
		{"su-ID-JajangNeural", male, 0},
	}},
	{"sv-SE", "Swedish (Sweden)", []tableVoice{
		{"sv-SE-SofieNeural", female, 0},
		{"sv-SE-MattiasNeural", male, 0},
		{"sv-SE-HilleviNeural", female, 0},
	}},
	{"sw-KE", "Kiswahili (Kenya)", []tableVoice{
		{"sw-KE-ZuriNeural", female, 0},
		{"sw-KE-RafikiNeural", male, 0},
	}},
	{"sw-TZ", "Kiswahili (Tanzania)", []tableVoice{
		{"sw-TZ-RehemaNeural", female, 0},
		{"sw-TZ-DaudiNeural", male, 0},
	}},
	{"ta-IN", "Tamil (India)", []tableVoice{
		{"ta-IN-PallaviNeural", female, 0},
		{"ta-IN-ValluvarNeural", male, 0},
	}},
	{"ta-LK", "Tamil (Sri Lanka)", []tableVoice{
		{"ta-LK-SaranyaNeural", female, 0},
		{"ta-LK-KumarNeural", male, 0},
	}},
	{"ta-MY", "Tamil (Malaysia)", []tableVoice{
		{"ta-MY-KaniNeural", female, 0},
		{"ta-MY-SuryaNeural", male, 0},
	}},
	{"ta-SG", "Tamil (Singapore)", []tableVoice{
		{"ta-SG-VenbaNeural", female, 0},
		{"ta-SG-AnbuNeural", male, 0},
	}},
	{"te-IN", "Telugu (India)", []tableVoice{
		{"te-IN-ShrutiNeural", female, 0},
		{"te-IN-MohanNeural", male, 0},
	}},
	{"th-TH", "Thai (Thailand)", []tableVoice{
		{"th-TH-PremwadeeNeural", female, 0},
		{"th-TH-NiwatNeural", male, 0},
		{"th-TH-AcharaNeural", female, 0},
	}},
	{"tr-TR", "Turkish (Türkiye)", []tableVoice{
		{"tr-TR-EmelNeural", female, 0},
		{"tr-TR-AhmetNeural", male, 0},
	}},
	{"uk-UA", "Ukrainian (Ukraine)", []tableVoice{
		{"uk-UA-PolinaNeural", female, 0},
		{"uk-UA-OstapNeural", male, 0},
	}},
	{"ur-IN", "Urdu (India)", []tableVoice{
		{"ur-IN-GulNeural", female, 0},
		{"ur-IN-SalmanNeural", male, 0},
	}},
	{"ur-PK", "Urdu (Pakistan)", []tableVoice{
		{"ur-PK-UzmaNeural", female, 0},
		{"ur-PK-AsadNeural", male, 0},
	}},
	{"uz-UZ", "Uzbek (Latin, Uzbekistan)", []tableVoice{
		{"uz-UZ-MadinaNeural", female, 0},
		{"uz-UZ-SardorNeural", male, 0},
	}},
	{"vi-VN", "Vietnamese (Vietnam)", []tableVoice{
		{"vi-VN-HoaiMyNeural", female, 0},
		{"vi-VN-NamMinhNeural", male, 0},
	}},
	{"wuu-CN", "Chinese (Wu, Simplified)", []tableVoice{
		{"wuu-CN-XiaotongNeural", female, 0},
		{"wuu-CN-YunzheNeural", male, 0},
	}},
	{"yue-CN", "Chinese (Cantonese, Simplified)", []tableVoice{
		{"yue-CN-XiaoMinNeural", female, 0},
		{"yue-CN-YunSongNeural", male, 0},
	}},
	{"zh-CN", "Chinese (Mandarin, Simplified)", []tableVoice{
		{"zh-CN-Xiaoxiao:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-Xiaoxiao2:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-Xiaochen:DragonHDLatestNeural", female, 0},
		{"zh-CN-Yunxiao:DragonHDFlashLatestNeural", male, 0},
		{"zh-CN-Yunyi:DragonHDFlashLatestNeural", male, 0},
		{"zh-CN-Yunfan:DragonHDLatestNeural", male, 0},
		{"zh-CN-Xiaoyue:DragonHDOmniLatestNeural", female, pagePreview},
		{"zh-CN-Yunqi:DragonHDOmniLatestNeural", male, pagePreview},
		{"zh-CN-XiaoxiaoNeural", female, 0},
		{"zh-CN-YunxiNeural", male, 0},
		{"zh-CN-YunjianNeural", male, 0},
		{"zh-CN-XiaoyiNeural", female, 0},
		{"zh-CN-YunyangNeural", male, 0},
		{"zh-CN-XiaochenNeural", female, 0},
		{"zh-CN-Xiaochen:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-XiaochenMultilingualNeural", female, 0},
		{"zh-CN-XiaohanNeural", female, 0},
		{"zh-CN-XiaomengNeural", female, 0},
		{"zh-CN-XiaomoNeural", female, 0},
		{"zh-CN-XiaoqiuNeural", female, 0},
		{"zh-CN-XiaorouNeural", female, 0},
		{"zh-CN-XiaoruiNeural", female, 0},
		{"zh-CN-Xiaoshuang:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-XiaoshuangMultilingualNeural", female, 0},
		{"zh-CN-XiaoshuangNeural", female, 0},
		{"zh-CN-XiaoxiaoDialectsNeural", female, 0},
		{"zh-CN-XiaoxiaoMultilingualNeural", female, 0},
		{"zh-CN-XiaoyanNeural", female, 0},
		{"zh-CN-Xiaoyou:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-XiaoyouMultilingualNeural", female, 0},
		{"zh-CN-XiaoyouNeural", female, 0},
		{"zh-CN-Xiaoyu:DragonHDFlashLatestNeural", female, 0},
		{"zh-CN-XiaoyuMultilingualNeural", female, 0},
		{"zh-CN-XiaozhenNeural", female, 0},
		{"zh-CN-YunfanMultilingualNeural", male, 0},
		{"zh-CN-YunfengNeural", male, 0},
		{"zh-CN-YunhaoNeural", male, 0},
		{"zh-CN-YunjieNeural", male, 0},
		{"zh-CN-Yunxia:DragonHDFlashLatestNeural", male, 0},
		{"zh-CN-YunxiaNeural", male, 0},
		{"zh-CN-YunxiaoMultilingualNeural", male, 0},
		{"zh-CN-Yunye:DragonHDFlashLatestNeural", male, 0},
		{"zh-CN-YunyeNeural", male, 0},
		{"zh-CN-YunyiMultilingualNeural", male, 0},
		{"zh-CN-YunzeNeural", male, 0},
		{"zh-CN-Multitalker-Xiaochen-Yunhan:DragonHDLatestNeural", neutral, pagePreview},
	}},
	{"zh-CN-guangxi", "Chinese (Guangxi Accent Mandarin, Simplified)", []tableVoice{
		{"zh-CN-guangxi-YunqiNeural", male, pagePreview},
	}},
	{"zh-CN-henan", "Chinese (Zhongyuan Mandarin Henan, Simplified)", []tableVoice{
		{"zh-CN-henan-YundengNeural", male, 0},
	}},
	{"zh-CN-liaoning", "Chinese (Northeastern Mandarin, Simplified)", []tableVoice{
		{"zh-CN-liaoning-XiaobeiNeural", female, pagePreview},
		{"zh-CN-liaoning-YunbiaoNeural", male, pagePreview},
	}},
	{"zh-CN-shaanxi", "Chinese (Zhongyuan Mandarin Shaanxi, Simplified)", []tableVoice{
		{"zh-CN-shaanxi-XiaoniNeural", female, pagePreview},
	}},
	{"zh-CN-shandong", "Chinese (Jilu Mandarin, Simplified)", []tableVoice{
		{"zh-CN-shandong-YunxiangNeural", male, 0},
	}},
	{"zh-CN-sichuan", "Chinese (Southwestern Mandarin, Simplified)", []tableVoice{
		{"zh-CN-sichuan-YunxiNeural", male, pagePreview},
	}},
	{"zh-HK", "Chinese (Cantonese, Traditional)", []tableVoice{
		{"zh-HK-HiuMaanNeural", female, 0},
		{"zh-HK-WanLungNeural", male, 0},
		{"zh-HK-HiuGaaiNeural", female, 0},
	}},
	{"zh-TW", "Chinese (Taiwanese Mandarin, Traditional)", []tableVoice{
		{"zh-TW-HsiaoChenNeural", female, 0},
		{"zh-TW-YunJheNeural", male, 0},
		{"zh-TW-HsiaoYuNeural", female, 0},
	}},
	{"zu-ZA", "isiZulu (South Africa)", []tableVoice{
		{"zu-ZA-ThandoNeural", female, 0},
		{"zu-ZA-ThembaNeural", male, 0},
	}},
}

// styleRoles are a voice's speaking styles and roles.
type styleRoles struct{ Styles, Roles []string }

// voiceStyles are the styles and roles of the voices that have some, as the
// page's "Voice styles and roles" table lists them: the include
// articles/ai-services/speech-service/includes/language-support/voice-styles-and-roles.md
// (ms.date 8/1/2025) of the same repository, read at commit
// f532cb5a1e46f94682b416fc04e346be349b9209. Facts transcribed, like the
// names above; "Not supported" roles are no roles.

var voiceStyles = map[string]styleRoles{
	"de-DE-ConradNeural":                         {[]string{"cheerful", "sad"}, nil},
	"en-GB-RyanNeural":                           {[]string{"chat", "cheerful", "sad", "whispering"}, nil},
	"en-GB-SoniaNeural":                          {[]string{"cheerful", "sad"}, nil},
	"en-IN-NeerjaNeural":                         {[]string{"cheerful", "empathetic", "newscast"}, nil},
	"en-US-AndrewMultilingualNeural":             {[]string{"empathetic", "relieved"}, nil},
	"en-US-AriaNeural":                           {[]string{"angry", "chat", "cheerful", "customerservice", "empathetic", "excited", "friendly", "hopeful", "narration-professional", "newscast-casual", "newscast-formal", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-AvaNeural":                            {[]string{"angry", "fearful", "sad"}, nil},
	"en-US-DavisMultilingualNeural":              {[]string{"empathetic", "funny", "relieved"}, nil},
	"en-US-DavisNeural":                          {[]string{"angry", "chat", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-DerekMultilingualNeural":              {[]string{"empathetic", "excited", "relieved", "shy"}, nil},
	"en-US-GuyNeural":                            {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "newscast", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-JaneNeural":                           {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-JasonNeural":                          {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-JennyNeural":                          {[]string{"angry", "assistant", "chat", "cheerful", "customerservice", "excited", "friendly", "hopeful", "newscast", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-KaiNeural":                            {[]string{"conversation"}, nil},
	"en-US-LunaNeural":                           {[]string{"conversation"}, nil},
	"en-US-NancyMultilingualNeural":              {[]string{"excited", "friendly", "funny", "relieved", "shy"}, nil},
	"en-US-NancyNeural":                          {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-PhoebeMultilingualNeural":             {[]string{"empathetic", "sad", "serious"}, nil},
	"en-US-SaraNeural":                           {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"en-US-SerenaMultilingualNeural":             {[]string{"empathetic", "excited", "friendly", "relieved", "sad", "serious", "shy"}, nil},
	"en-US-TonyNeural":                           {[]string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}, nil},
	"es-ES-AlvaroNeural":                         {[]string{"cheerful", "sad"}, nil},
	"es-MX-DaliaNeural":                          {[]string{"cheerful", "sad", "whispering"}, nil},
	"es-MX-JorgeNeural":                          {[]string{"chat", "cheerful", "excited", "sad", "whispering"}, nil},
	"fr-FR-DeniseNeural":                         {[]string{"cheerful", "excited", "sad", "whispering"}, nil},
	"fr-FR-HenriNeural":                          {[]string{"cheerful", "excited", "sad", "whispering"}, nil},
	"hi-IN-SwaraNeural":                          {[]string{"cheerful", "empathetic", "newscast"}, nil},
	"it-IT-DiegoNeural":                          {[]string{"cheerful", "excited", "sad"}, nil},
	"it-IT-IsabellaNeural":                       {[]string{"chat", "cheerful", "excited", "sad", "whispering"}, nil},
	"ja-JP-NanamiNeural":                         {[]string{"chat", "cheerful", "customerservice"}, nil},
	"ko-KR-InJoonNeural":                         {[]string{"sad"}, nil},
	"pt-BR-FranciscaNeural":                      {[]string{"calm"}, nil},
	"pt-PT-RaquelNeural":                         {[]string{"sad", "whispering"}, nil},
	"zh-CN-XiaochenNeural":                       {[]string{"livecommercial"}, nil},
	"zh-CN-XiaohanNeural":                        {[]string{"affectionate", "angry", "calm", "cheerful", "disgruntled", "embarrassed", "fearful", "gentle", "sad", "serious"}, nil},
	"zh-CN-XiaomengNeural":                       {[]string{"chat"}, nil},
	"zh-CN-XiaomoNeural":                         {[]string{"affectionate", "angry", "calm", "cheerful", "depressed", "disgruntled", "embarrassed", "envious", "fearful", "gentle", "sad", "serious"}, []string{"Boy", "Girl", "OlderAdultFemale", "OlderAdultMale", "SeniorFemale", "SeniorMale", "YoungAdultFemale", "YoungAdultMale"}},
	"zh-CN-XiaoruiNeural":                        {[]string{"angry", "calm", "fearful", "sad"}, nil},
	"zh-CN-Xiaoshuang:DragonHDFlashLatestNeural": {[]string{"chat"}, nil},
	"zh-CN-XiaoshuangMultilingualNeural":         {[]string{"chat"}, nil},
	"zh-CN-XiaoshuangNeural":                     {[]string{"chat"}, nil},
	"zh-CN-Xiaoxiao:DragonHDFlashLatestNeural":   {[]string{"angry", "chat", "cheerful", "customerservice", "excited", "fearful", "sad", "voiceassistant"}, nil},
	"zh-CN-Xiaoxiao2:DragonHDFlashLatestNeural":  {[]string{"affectionate", "angry", "anxious", "cheerful", "curious", "disappointed", "empathetic", "encouragement", "excited", "fearful", "guilty", "lonely", "poetry-reading", "sad", "sentiment", "sorry", "story", "surprised", "tired", "whisper"}, nil},
	"zh-CN-XiaoxiaoMultilingualNeural":           {[]string{"affectionate", "cheerful", "empathetic", "excited", "poetry-reading", "sorry", "story"}, nil},
	"zh-CN-XiaoxiaoNeural":                       {[]string{"affectionate", "angry", "assistant", "calm", "chat", "chat-casual", "cheerful", "customerservice", "disgruntled", "excited", "fearful", "friendly", "gentle", "lyrical", "newscast", "poetry-reading", "sad", "serious", "sorry", "whispering"}, nil},
	"zh-CN-XiaoyiNeural":                         {[]string{"affectionate", "angry", "cheerful", "disgruntled", "embarrassed", "fearful", "gentle", "sad", "serious"}, nil},
	"zh-CN-Xiaoyou:DragonHDFlashLatestNeural":    {[]string{"angry", "chat", "cheerful", "cute", "poetry-reading", "sad", "story"}, nil},
	"zh-CN-XiaoyouMultilingualNeural":            {[]string{"angry", "chat", "cheerful", "cute", "poetry-reading", "sad", "story"}, nil},
	"zh-CN-Xiaoyu:DragonHDFlashLatestNeural":     {[]string{"angry", "argue", "cheerful", "comfort", "sad", "sorry"}, nil},
	"zh-CN-XiaozhenNeural":                       {[]string{"angry", "cheerful", "disgruntled", "fearful", "sad", "serious"}, nil},
	"zh-CN-YunfengNeural":                        {[]string{"angry", "cheerful", "depressed", "disgruntled", "fearful", "sad", "serious"}, nil},
	"zh-CN-YunhaoNeural":                         {[]string{"advertisement-upbeat"}, nil},
	"zh-CN-YunjianNeural":                        {[]string{"angry", "cheerful", "depressed", "disgruntled", "documentary-narration", "narration-relaxed", "sad", "serious", "sports-commentary", "sports-commentary-excited"}, nil},
	"zh-CN-Yunxia:DragonHDFlashLatestNeural":     {[]string{"affectionate", "angry", "cheerful", "comfort", "encourage", "excited", "fearful", "sad", "surprised"}, nil},
	"zh-CN-YunxiaNeural":                         {[]string{"angry", "calm", "cheerful", "fearful", "sad"}, nil},
	"zh-CN-YunxiNeural":                          {[]string{"angry", "assistant", "chat", "cheerful", "depressed", "disgruntled", "embarrassed", "fearful", "narration-relaxed", "newscast", "sad", "serious"}, []string{"Boy", "Narrator", "YoungAdultMale"}},
	"zh-CN-YunyangNeural":                        {[]string{"customerservice", "narration-professional", "newscast-casual"}, nil},
	"zh-CN-YunyeNeural":                          {[]string{"angry", "calm", "cheerful", "disgruntled", "embarrassed", "fearful", "sad", "serious"}, []string{"Boy", "Girl", "OlderAdultFemale", "OlderAdultMale", "SeniorFemale", "SeniorMale", "YoungAdultFemale", "YoungAdultMale"}},
	"zh-CN-Yunyi:DragonHDFlashLatestNeural":      {[]string{"assassin", "captain", "cavalier", "drake", "gamenarrator", "geomancer", "poet"}, nil},
	"zh-CN-YunzeNeural":                          {[]string{"angry", "calm", "cheerful", "depressed", "disgruntled", "documentary-narration", "fearful", "sad", "serious"}, []string{"OlderAdultMale", "SeniorMale"}},
}

// Values the voices list sample of the text to speech REST API reference
// shows (https://learn.microsoft.com/azure/ai-services/speech-service/rest-text-to-speech#get-a-list-of-voices,
// articles/ai-services/speech-service/rest-text-to-speech.md, ms.date
// 10/21/2025, commit 5584ed058211b185cc3fde71abf862a1d06a42b0): its words
// per minute, its one local name in another script, and the secondary
// locales of its multilingual voice. The fake uses them for those voices.
var (
	sampleWordsPerMinute = map[string]string{
		"en-US-JennyNeural":             "152",
		"en-US-JennyMultilingualNeural": "190",
		"ga-IE-OrlaNeural":              "139",
		"zh-CN-YunxiNeural":             "293",
	}
	sampleLocalNames          = map[string]string{"zh-CN-YunxiNeural": "云希"}
	sampleSecondaryLocaleList = map[string][]string{
		"en-US-JennyMultilingualNeural": {"de-DE", "en-AU", "en-CA", "en-GB", "es-ES", "es-MX", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "zh-CN"},
	}
)

// dialectsSecondaryLocales are the secondary locales footnote 6 of the voice
// table gives for zh-CN-XiaoxiaoDialectsNeural.
var dialectsSecondaryLocales = []string{"zh-CN-shaanxi", "zh-CN-sichuan", "zh-CN-shanxi", "zh-CN-anhui", "zh-CN-hunan", "zh-CN-gansu",
	"zh-CN-shandong", "zh-CN-henan", "zh-CN-liaoning", "zh-TW", "nan-CN", "yue-CN", "wuu-CN"}
