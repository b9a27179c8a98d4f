package provider

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
)

var (
	_ datasource.DataSourceWithConfigure      = &voicesDataSource{}
	_ datasource.DataSourceWithValidateConfig = &voicesDataSource{}
)

// NewVoicesDataSource is the constructor of data "speechendpoints_voices".
func NewVoicesDataSource() datasource.DataSource { return &voicesDataSource{} }

type voicesDataSource struct {
	data *providerData
}

func (d *voicesDataSource) Metadata(
	_ context.Context,
	req datasource.MetadataRequest,
	resp *datasource.MetadataResponse,
) {
	resp.TypeName = req.ProviderTypeName + "_voices"
}

func (d *voicesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.Attribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	strs := func(desc string) schema.Attribute {
		return schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The voices the resource's region offers, read from its voices list with a key during " +
			"plan: for `for_each`, for validating a voice name, and for app settings. " +
			"Voices differ by region and change over time. The key is checked as `key_check` checks it: a refused " +
			"key fails the data source with the same diagnosis. Any outcome that leaves no list (an outage, a proxy " +
			"in the way) is an error too: a data source without data cannot go on. " +
			"The list is read once per key and URL in a plan, shared with every `key_check` of the same resource.",
		Attributes: dataSourceInputAttributes(map[string]schema.Attribute{
			"key": schema.StringAttribute{
				Optional: true, Sensitive: true,
				MarkdownDescription: "The key to read the list with. Defaults to the provider's `key` (or " +
					"`SPEECH_KEY`), the better place: this argument is written to state, the provider's configuration " +
					"is not.",
			},
			"locale": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Only the voices of this locale (`en-US`), matched case-insensitively.",
			},
			"id": str(
				"A deterministic identifier: the resource's `id` from `speechendpoints`, `/voices`, and `/` and the " +
					"locale when one is given.",
			),
			"voices": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The voices, in the order the service lists them.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"short_name": str("The short name (`en-US-AvaMultilingualNeural`): what SSML, " +
						"`SpeechSynthesisVoiceName` and `require_voices` take."),
					"name": str("The long name (`Microsoft Server Speech Text to Speech Voice (en-US, " +
						"AvaMultilingualNeural)`)."),
					"display_name": str("The display name."),
					"local_name":   str("The name in the voice's own language."),
					"locale":       str("The locale (`en-US`)."),
					"locale_name":  str("The locale's name (`English (United States)`)."),
					"gender":       str("`Female`, `Male` or `Neutral`."),
					"voice_type":   str("`Neural` and the like."),
					"status":       str("`GA` or `Preview`."),
					"sample_rate_hertz": schema.Int64Attribute{
						Computed:            true,
						MarkdownDescription: "The sample rate in hertz.",
					},
					"words_per_minute": schema.Int64Attribute{
						Computed: true,
						MarkdownDescription: "The speaking rate; null " +
							"when the service does not give one.",
					},
					"styles": strs("The speaking styles (`cheerful`, ...); empty when none."),
					"secondary_locales": strs(
						"The other locales the voice speaks (multilingual voices); empty when none.",
					),
					"role_plays": strs("The role-play personas; empty when none."),
				}},
			},
			"short_names": strs(
				"The short names of `voices`, sorted: for `contains()` validation of a voice variable.",
			),
			"locales": strs("The locales of `voices`, sorted, each once."),
		}, inputsFromDataSources),
	}
}

func (d *voicesDataSource) Configure(
	_ context.Context,
	req datasource.ConfigureRequest,
	resp *datasource.ConfigureResponse,
) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// voicesDataSourceModel is data "speechendpoints_voices".
type voicesDataSourceModel struct {
	resourceInputModel
	Key        types.String `tfsdk:"key"`
	Locale     types.String `tfsdk:"locale"`
	ID         types.String `tfsdk:"id"`
	Voices     []voiceModel `tfsdk:"voices"`
	ShortNames []string     `tfsdk:"short_names"`
	Locales    []string     `tfsdk:"locales"`
}

type voiceModel struct {
	ShortName        string      `tfsdk:"short_name"`
	Name             string      `tfsdk:"name"`
	DisplayName      string      `tfsdk:"display_name"`
	LocalName        string      `tfsdk:"local_name"`
	Locale           string      `tfsdk:"locale"`
	LocaleName       string      `tfsdk:"locale_name"`
	Gender           string      `tfsdk:"gender"`
	VoiceType        string      `tfsdk:"voice_type"`
	Status           string      `tfsdk:"status"`
	SampleRateHertz  int64       `tfsdk:"sample_rate_hertz"`
	WordsPerMinute   types.Int64 `tfsdk:"words_per_minute"`
	Styles           []string    `tfsdk:"styles"`
	SecondaryLocales []string    `tfsdk:"secondary_locales"`
	RolePlays        []string    `tfsdk:"role_plays"`
}

func (d *voicesDataSource) ValidateConfig(
	ctx context.Context,
	req datasource.ValidateConfigRequest,
	resp *datasource.ValidateConfigResponse,
) {
	var m voicesDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	m.validate(keyedResourceWords(nil), &resp.Diagnostics)
}

// voicesUse is the voices data source's use of the key: without the list
// there is nothing to return, so a key known only at apply is an error.
var voicesUse = keyedUse{what: "the voices list", deferred: sevError,
	deferFix: upperFirst(deferByDependsOn), refreshed: true}

func (d *voicesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m voicesDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	words := keyedResourceWords(d.data)
	k := d.data.keyed(ctx, m.Key, sink{diags: &resp.Diagnostics})
	res, ok := m.resolve(words, d.data, k.out)
	if !ok {
		return
	}
	var locale []string
	if !m.Locale.IsNull() && !m.Locale.IsUnknown() {
		locale = []string{m.Locale.ValueString()}
	}
	if !k.start(voicesUse, res, words, valueArg{arg: "locale", values: locale}) {
		return
	}
	o := k.check(keycheck.Request{Resolution: res, Voices: true, FullList: true})
	// Azure's list is what this data source returns: when Azure served it,
	// a token endpoint that judged nothing is a warning.
	served := o.Class == keycheck.Inconclusive && o.List != nil && o.KeyValid != nil && *o.KeyValid
	k.report(o, words, voicesUse, func(keycheck.Class) (*path.Path, severity) {
		if served {
			return nil, sevWarning
		}
		return nil, sevError
	})
	if !o.Passed() && !served {
		return
	}
	voices, kept := o.List.Voices()
	if !kept {
		k.out.add(sevError, nil, "Voices List Not Kept", fmt.Sprintf("The voices list at %s has %d voices, more than "+
			"the provider keeps (%d): it is not a list this data source can return. "+
			"Please report this if Azure's list has grown this "+
			"large.", res.Recommended.Voices, o.VoiceCount, keycheck.MaxKeptVoices))
		return
	}

	id := res.ID() + "/voices"
	if !m.Locale.IsNull() {
		id += "/" + strings.ToLower(m.Locale.ValueString())
	}
	m.ID = types.StringValue(id)
	m.Voices, m.ShortNames, m.Locales = []voiceModel{}, []string{}, []string{}
	for _, v := range voices {
		if !m.Locale.IsNull() && !strings.EqualFold(v.Locale, strings.TrimSpace(m.Locale.ValueString())) {
			continue
		}
		wpm := types.Int64Null()
		if v.WordsPerMinute >= 0 {
			wpm = types.Int64Value(v.WordsPerMinute)
		}
		m.Voices = append(m.Voices, voiceModel{
			ShortName: v.ShortName, Name: v.Name(), DisplayName: v.DisplayName, LocalName: v.LocalName,
			Locale: v.Locale, LocaleName: v.LocaleName, Gender: v.Gender, VoiceType: v.VoiceType, Status: v.Status,
			SampleRateHertz: v.SampleRateHertz, WordsPerMinute: wpm,
			Styles: orEmpty(v.Styles), SecondaryLocales: orEmpty(v.SecondaryLocales), RolePlays: orEmpty(v.RolePlays),
		})
		m.ShortNames = append(m.ShortNames, v.ShortName)
		if !slices.Contains(m.Locales, v.Locale) {
			m.Locales = append(m.Locales, v.Locale)
		}
	}
	slices.Sort(m.ShortNames)
	slices.Sort(m.Locales)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// orEmpty makes an absent list an empty one (not null), as documented.
func orEmpty(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return append([]string{}, ss...)
}
