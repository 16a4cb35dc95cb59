/**
 * 主办单位所属区域 as three selects, province → city → district (spec §2, §4.1), from the GB/T 2260
 * data in shared/regions. Values are the names the filing site shows (`浙江省`, `杭州市`, `西湖区`).
 */
import { citiesOf, districtsOf, PROVINCES } from '../../../shared/regions';
import { FieldMessages, SelectControl, useField } from './form';

export interface RegionValue {
  province?: string;
  city?: string;
  district?: string;
}

interface RegionSelectsProps {
  /** Key prefix: `subject` → `subject.province`, `subject.city`, `subject.district`. */
  prefix: string;
  label: string;
  value: RegionValue;
  onValue: (v: RegionValue) => void;
  required?: boolean;
  disabled?: boolean;
}

export function regionOptions(value: RegionValue) {
  const province = PROVINCES.find((p) => p.name === value.province);
  const cities = province ? citiesOf(province.code) : [];
  const city = cities.find((c) => c.name === value.city);
  const districts = city ? districtsOf(city.code) : [];
  return {
    provinces: PROVINCES.map((p) => p.name),
    cities: cities.map((c) => c.name),
    districts: districts.map((d) => d.name),
  };
}

export function RegionSelects(p: RegionSelectsProps) {
  const prov = useField(`${p.prefix}.province`);
  const city = useField(`${p.prefix}.city`);
  const dist = useField(`${p.prefix}.district`);
  const opts = regionOptions(p.value);
  const state = [prov, city, dist].some((f) => f.findings.some((x) => x.severity === 'error')) ? 'has-error' : '';

  const pickProvince = (name: string) => {
    const next = regionOptions({ province: name });
    // Municipalities list one city named like the province: pick it, as the filing site does.
    const onlyCity = next.cities.length === 1 ? next.cities[0] : undefined;
    p.onValue({ province: name || undefined, city: onlyCity, district: undefined });
  };
  return (
    <div class={`row region ${state}`}>
      <div class="row-label">
        {p.required ? (
          <span class="req" aria-hidden="true">
            *
          </span>
        ) : null}
        <label for={prov.id}>{p.label}</label>
      </div>
      <div class="row-control">
        <div class="inline">
          <SelectControl
            fieldKey={`${p.prefix}.province`}
            field={prov}
            value={p.value.province}
            onValue={pickProvince}
            options={opts.provinces}
            placeholder="请选择省份"
            required={p.required}
            disabled={p.disabled}
          />
          <label for={city.id} class="sr-only">
            市
          </label>
          <SelectControl
            fieldKey={`${p.prefix}.city`}
            field={city}
            value={p.value.city}
            onValue={(v) => p.onValue({ ...p.value, city: v || undefined, district: undefined })}
            options={opts.cities}
            placeholder="请选择城市"
            required={p.required}
            disabled={p.disabled || !p.value.province}
          />
          <label for={dist.id} class="sr-only">
            区/县
          </label>
          <SelectControl
            fieldKey={`${p.prefix}.district`}
            field={dist}
            value={p.value.district}
            onValue={(v) => p.onValue({ ...p.value, district: v || undefined })}
            options={opts.districts}
            placeholder="请选择区/县"
            required={p.required && opts.districts.length > 0}
            disabled={p.disabled || !p.value.city || opts.districts.length === 0}
          />
        </div>
        <FieldMessages field={prov} />
        <FieldMessages field={city} />
        <FieldMessages field={dist} />
      </div>
    </div>
  );
}

/** `浙江省杭州市西湖区` as the fixed prefix before the street part of 通讯地址 (spec §4.1). */
export function regionPrefix(value: RegionValue): string {
  const parts = [value.province, value.city, value.district].filter((x): x is string => !!x);
  // A municipality's city level repeats the province name: show it once.
  return parts.filter((x, i) => parts.indexOf(x) === i).join('');
}
