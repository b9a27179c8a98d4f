package speech

import "strconv"

// Relocate is the fix that moves a configuration to a Speech region of the
// table (where the key check found the key accepted): the settings that
// must change, and only those, consistent with each other. A private
// endpoint is dropped (the key answered on the public regional host), the
// cloud setting follows the region when it was given, and an endpoint
// follows too: a regional endpoint becomes the region's, and an endpoint
// of another cloud is removed. The fix is tried before it is returned; if
// it leaves an error, the fix is the region alone with every setting that
// could contradict it removed.
func Relocate(in Input, to Region) Fix {
	var f Fix
	if in.PrivateEndpoint {
		f = append(f, Change{Setting: SettingPrivateEndpoint, Value: strconv.FormatBool(false)})
	}
	if in.Cloud != nil {
		if c, err := ParseCloud(*in.Cloud); err != nil || c != to.Cloud {
			f = append(f, Change{Setting: SettingCloud, Value: to.Cloud.Name})
		}
	}
	regionSet := in.Region != nil
	if in.Endpoint != nil {
		ep, ps := ParseEndpoint(*in.Endpoint)
		switch {
		case HasErrors(ps) || ep.Cloud != to.Cloud:
			f = append(f, Change{Setting: SettingEndpoint, Remove: true})
			regionSet = true
		case ep.Region != nil:
			f = append(
				f,
				Change{Setting: SettingEndpoint, Value: to.Cloud.ResourceEndpoint(FamilyAPI, to.Name)},
			)
		default:
			regionSet = true // a custom domain of the same cloud stays; the region goes beside it
		}
	}
	if regionSet || in.Endpoint == nil {
		f = append(f, Change{Setting: SettingRegion, Value: to.Name})
	}
	if res, ps := resolve(in.With(f)); !HasErrors(ps) && res.Region != nil && res.Region.Name == to.Name {
		return f
	}
	return Fix{
		{Setting: SettingRegion, Value: to.Name},
		{Setting: SettingCloud, Remove: true},
		{Setting: SettingEndpoint, Remove: true},
		{Setting: SettingPrivateEndpoint, Remove: true},
	}
}
